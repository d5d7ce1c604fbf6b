package plancheck

import (
	"fmt"
	"regexp"
	"strings"

	"thidua/app/viet"
)

// replacedDecree is a legal document that another replaced from a date.
type replacedDecree struct {
	Number string // number and year as cited: "98/2023"
	Kind   string // the issuer part of the symbol: "NĐ-CP"
	Name   string // as printed in a message: "Nghị định 98/2023/NĐ-CP"
	By     string // the number of the replacement, to follow chains: "152/2025"
	ByName string // the replacement as it should be cited
	From   string // ISO date from which the replacement applies
}

// replacedDecrees is the table of replaced decrees. Add a line when a
// document the plans cite is replaced; a chain (91/2017 → 98/2023 →
// 152/2025) is followed to the document in force at the plan's latest date.
var replacedDecrees = []replacedDecree{
	{Number: "91/2017", Kind: "NĐ-CP", Name: "Nghị định 91/2017/NĐ-CP",
		By: "98/2023", ByName: "Nghị định 98/2023/NĐ-CP ngày 31/12/2023", From: "2024-01-01"},
	{Number: "98/2023", Kind: "NĐ-CP", Name: "Nghị định 98/2023/NĐ-CP",
		By: "152/2025", ByName: "Nghị định 152/2025/NĐ-CP ngày 14/6/2025", From: "2025-07-01"},
}

// citation returns the expression that finds a citation of d in a folded
// text: "98/2023/NĐ-CP", or "Nghị định (số) 98/2023", "NĐ 98/2023".
func (d replacedDecree) citation() *regexp.Regexp {
	num := regexp.QuoteMeta(d.Number)
	var kind []string
	for _, part := range strings.Split(viet.Fold(d.Kind), "-") {
		kind = append(kind, regexp.QuoteMeta(part))
	}
	return regexp.MustCompile(`(?:^|[^0-9/])` + num + `\s*/\s*` + strings.Join(kind, `\s*-\s*`) + `\b` +
		`|\b(?:nghi dinh|nd)\s*(?:so\s*)?:?\s*` + num + `(?:[^0-9/]|$)`)
}

var decreeRes = func() []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(replacedDecrees))
	for i, d := range replacedDecrees {
		out[i] = d.citation()
	}
	return out
}()

// usedAt is a date the plan is used at: its date of issue or the date of one
// of its rounds, with how to name it.
type usedAt struct {
	date string
	what string // "kế hoạch ban hành ngày 15/08/2025", "đợt Năm 2025 (bình xét 20/12/2025)"
	plan bool
}

// usedAt returns the dates the plan is used at, its date of issue first.
func (c *checker) usedAt() []usedAt {
	var out []usedAt
	if validISO(c.p.IssuedOn) {
		out = append(out, usedAt{c.p.IssuedOn, "kế hoạch ban hành ngày " + viet.DisplayISO(c.p.IssuedOn), true})
	}
	for _, r := range c.p.Rounds {
		if d, label := roundDate(r); d != "" {
			out = append(out, usedAt{d, fmt.Sprintf("%s (%s %s)", roundName(r), label, viet.DisplayISO(d)), false})
		}
	}
	return out
}

// checkDecrees reports a paragraph citing a decree that was replaced at the
// plan's date or at the date of one of its rounds.
func (c *checker) checkDecrees(pos int, text string) {
	key := viet.Fold(text)
	if !strings.Contains(key, "/") {
		return
	}
	used := c.usedAt()
	latest := ""
	for _, u := range used {
		if u.date > latest {
			latest = u.date
		}
	}
	for i, d := range replacedDecrees {
		if latest < d.From || !decreeRes[i].MatchString(key) {
			continue
		}
		// Follow the chain to the document in force at the latest date.
		steps := []string{fmt.Sprintf("%s từ %s", d.ByName, viet.DisplayISO(d.From))}
		current := d
		for {
			next, ok := replacement(current.By)
			if !ok || latest < next.From {
				break
			}
			steps = append(steps, fmt.Sprintf("%s từ %s", next.ByName, viet.DisplayISO(next.From)))
			current = next
		}
		var when []string
		for _, u := range used {
			if u.date >= d.From {
				if u.plan {
					when = []string{u.what}
					break
				}
				when = append(when, u.what)
			}
		}
		reason := "kế hoạch có " + joinVi(when)
		if len(when) == 1 && strings.HasPrefix(when[0], "kế hoạch") {
			reason = when[0]
		}
		msg := fmt.Sprintf("Viện dẫn %s, văn bản đã được thay thế bởi %s, trong khi %s.",
			d.Name, strings.Join(steps, ", rồi bởi "), reason)
		fix := fmt.Sprintf("Viện dẫn %s thay cho %s.", current.ByName, d.Name)
		c.addAt(pos, RuleDecreeReplaced, msg, fix)
	}
}

// replacement returns the table line for the document with the given number,
// when it was itself replaced.
func replacement(number string) (replacedDecree, bool) {
	for _, d := range replacedDecrees {
		if d.Number == number {
			return d, true
		}
	}
	return replacedDecree{}, false
}
