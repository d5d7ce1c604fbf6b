package app

// WomenFirst reports whether the tie rule for women applies to p: a woman,
// or a collective of whose members at least 70 % are women. The statistics
// count "collectives with a female majority" by the same rule.
func (p Participant) WomenFirst() bool { return womanFirst(p) }
