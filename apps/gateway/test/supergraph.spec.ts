import { componeerSupergraph, leesSupergraph } from '../src/supergraph';

it('de vastgelegde supergraph is de compositie van de vastgelegde subgraaf-SDLs (npm run compose)', () => {
  expect(componeerSupergraph()).toBe(leesSupergraph());
});
