// A card's figure list and the form to add one: one chunk, loaded when a card's figures are first opened
// (CardFigures.svelte), not with the first screen.
export { default as AddObservation } from '../inputs/AddObservation.svelte';
export { default as ObservationList } from './ObservationList.svelte';
