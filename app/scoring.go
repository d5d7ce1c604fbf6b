package app

// Classify returns the classification of total out of max under the
// plan's thresholds (percentages of the maximum).
func Classify(total, max float64, t Thresholds) Classification {
	if max <= 0 {
		return ""
	}
	pct := total * 100 / max
	switch {
	case pct >= t.Excellent:
		return ClassExcellent
	case pct >= t.Good:
		return ClassGood
	case pct >= t.Pass:
		return ClassPass
	}
	return ClassFail
}
