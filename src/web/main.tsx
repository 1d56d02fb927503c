import { render } from 'preact';

function App() {
  return <main>ติดตาม</main>;
}

render(<App />, document.getElementById('app')!);
