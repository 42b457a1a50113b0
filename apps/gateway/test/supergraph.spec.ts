import { componeerApiSchema, componeerSupergraph, leesApiSchema, leesSupergraph } from '../src/supergraph';

it('de vastgelegde supergraph is de compositie van de vastgelegde subgraaf-SDLs (npm run compose)', () => {
  expect(componeerSupergraph()).toBe(leesSupergraph());
});

it('het vastgelegde API-schema (bron van de console-typen) hoort bij dezelfde compositie (npm run compose)', () => {
  expect(componeerApiSchema()).toBe(leesApiSchema());
});
