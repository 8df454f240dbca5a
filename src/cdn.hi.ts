// The CDN bundles with Hindi: everything the English bundles have, and the Hindi UI strings and content.
import './cdn.js';
import './locales/hi.js';
