// Package plancheck is "Kiểm tra kế hoạch": it reads a plan (Kế hoạch phát
// động phong trào thi đua) the way an experienced văn thư would before it is
// signed, and lists what should be fixed, each with where it is in the
// printed document, what is wrong and how to fix it, all in Vietnamese.
//
// The rules are general: none is written for one document. They are
//
//   - RuleMissingNumber, RuleMissingDate: the plan has no number or no
//     (readable) date of issue yet.
//   - RuleIssuerMismatch: an award form's heading names one issuer (Chủ tịch
//     UBND xã) and its own paragraphs or fields name an issuer of another
//     level (Chủ tịch Ủy ban nhân dân thị xã). One finding per award form,
//     listing every paragraph that disagrees.
//   - RuleIssuerAbolished: a district-level award form (huyện, quận, thị xã,
//     thành phố thuộc tỉnh) offered in rounds dated on or after 01/07/2025,
//     when district-level government ceased to exist. One finding per award
//     form, listing the affected rounds.
//   - RuleMisspelling: a frequent misspelling of administrative Vietnamese
//     (see Misspellings), once per paragraph and misspelling.
//   - RuleMissingQuota: an award form without a quota (or with a zero quota)
//     for a kind of round the plan has (annual, final). One finding per form
//     and round kind.
//   - RuleMissingCriteria: an award form may be given to a kind of
//     participant (collective, individual) for which the plan has no
//     criterion, so nobody of that kind can be scored. One finding per kind.
//   - RuleDecreeReplaced: a paragraph cites a decree that was replaced before
//     the plan's date or one of its rounds (see ReplacedDecrees), e.g. Nghị
//     định 98/2023/NĐ-CP from 01/07/2025. One finding per paragraph and decree.
//   - RulePeriodOrder: the period of the movement ends before it starts (the
//     start being the plan's date when none is given).
//   - RuleFormNoKind: an award form that may be given to neither collectives
//     nor individuals.
//
// The sum of the criteria's maximum points is deliberately not checked:
// classification is a percentage of the maximum total (app.Classify), so a
// scale that does not add up to 100 is a choice, not an error.
//
// Findings come in document order: the number and date line first, then the
// title, căn cứ, opening and sections I to VI as app.Plan.Paragraphs prints
// them, then the recipients. Locations use the printed numbering (Mục VI.1,
// Mục V.3.c), so the clerk finds the place on paper.
package plancheck

import (
	"sort"
	"strings"

	"thidua/app"
)

// Rule ids, stable for tests and filters.
const (
	RuleMissingNumber   = "missing-number"
	RuleMissingDate     = "missing-date"
	RuleIssuerMismatch  = "issuer-mismatch"
	RuleIssuerAbolished = "issuer-abolished"
	RuleMisspelling     = "misspelling"
	RuleMissingQuota    = "missing-quota"
	RuleMissingCriteria = "missing-criteria"
	RuleDecreeReplaced  = "decree-replaced"
	RulePeriodOrder     = "period-order"
	RulePeriodYears     = "period-years"
	RuleFormNoKind      = "form-no-kind"
)

// Finding is one thing to fix in a plan.
type Finding struct {
	Rule    string // one of the Rule… ids
	Where   string // where it is, as the clerk reads the printed plan
	Message string // what is wrong, in Vietnamese
	Fix     string // how to fix it, in Vietnamese
}

// String returns the finding on one line: "Where: Message — Gợi ý: Fix".
func (f Finding) String() string {
	var b strings.Builder
	if f.Where != "" {
		b.WriteString(f.Where)
		b.WriteString(": ")
	}
	b.WriteString(f.Message)
	if f.Fix != "" {
		b.WriteString(" — Gợi ý: ")
		b.WriteString(f.Fix)
	}
	return b.String()
}

// Check reads the plan and returns what should be fixed, in document order.
// org is the organisation using the app; it gives the place of the date line,
// the kind of commune (xã, phường) for suggestions and whether the parent is
// a centrally-run city (to read "thành phố"). A nil plan has no findings.
func Check(p *app.Plan, org app.Organisation) []Finding {
	if p == nil {
		return nil
	}
	c := &checker{p: p, org: org, l: newLayout(p, org)}
	c.checkNumberDate()
	c.checkForms()
	c.checkCriteria()
	c.checkPeriod()
	c.checkPeriodYears()
	c.checkTexts()
	sort.SliceStable(c.found, func(i, j int) bool { return c.found[i].pos < c.found[j].pos })
	out := make([]Finding, len(c.found))
	for i, f := range c.found {
		out[i] = f.Finding
	}
	return out
}

// checker collects findings with their position in the document.
type checker struct {
	p     *app.Plan
	org   app.Organisation
	l     *layout
	found []placed
}

// placed is a finding with the index of the segment it belongs to.
type placed struct {
	Finding
	pos int
}

// add records a finding at the segment with the given key.
func (c *checker) add(key, rule, message, fix string) {
	pos := c.l.pos(key)
	c.found = append(c.found, placed{Finding{Rule: rule, Where: c.l.segs[pos].where, Message: message, Fix: fix}, pos})
}

// addAt records a finding at segment pos.
func (c *checker) addAt(pos int, rule, message, fix string) {
	c.found = append(c.found, placed{Finding{Rule: rule, Where: c.l.segs[pos].where, Message: message, Fix: fix}, pos})
}
