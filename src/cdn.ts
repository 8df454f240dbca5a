// The CDN bundles (module and classic script): register the three elements and mount placeholders.
import './index.js';
import { mountPlaceholders } from './internal/placeholders.js';

mountPlaceholders();
