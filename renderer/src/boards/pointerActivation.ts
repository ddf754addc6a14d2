/**
 * The pointer sensor's options for every board: a card lifts once the pointer has moved 5 px, so a click on it (or on
 * a button beside its handle) is never a drag. One object for the app's lifetime: dnd-kit builds every card's drag
 * listeners from the sensors' options, so options made anew on each render gave every card new listeners, and every
 * card rendered again, on each edit of the project.
 */
export const POINTER_ACTIVATION = { activationConstraint: { distance: 5 } } as const;
