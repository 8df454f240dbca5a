import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'stem-cell-explainers';
import { faqEntries, type FaqEntry } from 'stem-cell-explainers/content';

const items: readonly FaqEntry[] = [
  ...faqEntries.slice(0, 2),
  { id: 'parking', question: 'Where can I park?', answer: ['In the clinic car park.'] },
];

function App() {
  const [opened, setOpened] = useState('nothing yet');
  const [cells, setCells] = useState(0);
  return (
    <main>
      <h1>Clinic app</h1>
      <p id="last-toggle">Last toggled: {opened}</p>
      <p id="cells">Cells: {cells}</p>
      <stem-cell-faq
        heading-level="2"
        single
        items={items}
        onfaq-toggle={(e) => setOpened(`${e.detail.id} ${e.detail.open ? 'open' : 'closed'}`)}
      />
      <procedure-steps source="adipose" current={2} />
      <dose-note calculator weight={70} unit="kg" ondose-calculate={(e) => setCells(e.detail.cells)} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
