package planimport

import (
	"archive/zip"
	"fmt"
	"strconv"
	"strings"

	"thidua/app/viet"
)

// numbering resolves Word's automatic numbering (numbering.xml) to the
// numbers and bullets a reader sees: each list (w:num) points at an
// abstract definition with, per level, a start value, a format (decimal,
// upperRoman, lowerLetter, bullet …) and a text such as "%1." or "%2)".
// Counting follows Word: a level counts on within its abstract list and
// starts again when a level above it moves on.
type numbering struct {
	abstract map[string]map[int]level // abstractNumId → ilvl → level
	nums     map[string]numRef        // numId → abstract and start overrides
	counters map[string][]int         // abstractNumId → current value per level
	started  map[string][]bool
}

type level struct {
	start  int
	format string
	text   string
}

type numRef struct {
	abstract string
	starts   map[int]int
}

func newNumbering() *numbering {
	return &numbering{abstract: map[string]map[int]level{}, nums: map[string]numRef{},
		counters: map[string][]int{}, started: map[string][]bool{}}
}

func (n *numbering) load(f *zip.File) error {
	type val struct {
		Val string `xml:"val,attr"`
	}
	var doc struct {
		Abstract []struct {
			ID     string `xml:"abstractNumId,attr"`
			Levels []struct {
				Ilvl    string `xml:"ilvl,attr"`
				Start   val    `xml:"start"`
				Format  val    `xml:"numFmt"`
				LvlText val    `xml:"lvlText"`
			} `xml:"lvl"`
		} `xml:"abstractNum"`
		Nums []struct {
			ID       string `xml:"numId,attr"`
			Abstract val    `xml:"abstractNumId"`
			Override []struct {
				Ilvl  string `xml:"ilvl,attr"`
				Start val    `xml:"startOverride"`
			} `xml:"lvlOverride"`
		} `xml:"num"`
	}
	if err := decodePart(f, &doc); err != nil {
		return err
	}
	for _, a := range doc.Abstract {
		lv := map[int]level{}
		for _, l := range a.Levels {
			i, _ := strconv.Atoi(l.Ilvl)
			start, err := strconv.Atoi(l.Start.Val)
			if err != nil {
				start = 1
			}
			lv[i] = level{start: start, format: l.Format.Val, text: l.LvlText.Val}
		}
		n.abstract[a.ID] = lv
	}
	for _, m := range doc.Nums {
		ref := numRef{abstract: m.Abstract.Val, starts: map[int]int{}}
		for _, o := range m.Override {
			i, _ := strconv.Atoi(o.Ilvl)
			if s, err := strconv.Atoi(o.Start.Val); err == nil {
				ref.starts[i] = s
			}
		}
		n.nums[m.ID] = ref
	}
	return nil
}

// next returns the visible number of the next paragraph of list numID at
// level ilvl ("II.", "1.", "a)", "-"), or "" when the list is unknown.
func (n *numbering) next(numID string, ilvl int) string {
	ref, ok := n.nums[numID]
	if !ok || ilvl < 0 || ilvl > 8 {
		return ""
	}
	levels := n.abstract[ref.abstract]
	lv, ok := levels[ilvl]
	if !ok {
		return ""
	}
	key := ref.abstract
	if n.counters[key] == nil {
		n.counters[key] = make([]int, 9)
		n.started[key] = make([]bool, 9)
	}
	cnt, started := n.counters[key], n.started[key]
	if !started[ilvl] {
		cnt[ilvl] = lv.start
		if s, ok := ref.starts[ilvl]; ok {
			cnt[ilvl] = s
		}
		started[ilvl] = true
	} else {
		cnt[ilvl]++
	}
	for i := ilvl + 1; i < 9; i++ {
		started[i] = false
	}
	if lv.format == "bullet" {
		return bullet(lv.text)
	}
	text := lv.text
	for i := 0; i <= ilvl; i++ {
		ph := "%" + strconv.Itoa(i+1)
		if !strings.Contains(text, ph) {
			continue
		}
		v := cnt[i]
		if !started[i] {
			v = levels[i].start
		}
		text = strings.ReplaceAll(text, ph, formatNumber(v, levels[i].format))
	}
	return text
}

// bullet maps a Word bullet character to the plan's markers: "+" stays,
// every other bullet (–, •, the Symbol font's dots) is a dash.
func bullet(text string) string {
	if strings.TrimSpace(text) == "+" {
		return "+"
	}
	return "-"
}

func formatNumber(v int, format string) string {
	switch format {
	case "upperRoman":
		return viet.Roman(v)
	case "lowerRoman":
		return strings.ToLower(viet.Roman(v))
	case "lowerLetter":
		return string(rune('a' + (v-1)%26))
	case "upperLetter":
		return string(rune('A' + (v-1)%26))
	case "decimalZero":
		return fmt.Sprintf("%02d", v)
	case "none":
		return ""
	}
	return strconv.Itoa(v)
}
