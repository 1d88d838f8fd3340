"""Knowledge table of zones and places, candidate generation and the `zn_linker` component."""
