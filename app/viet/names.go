package viet

import (
	"bytes"
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// GivenName returns the given name (tên) of a Vietnamese full name: its last
// word, in NFC. "Nguyễn Văn An" gives "An"; an empty name gives "".
func GivenName(full string) string {
	words := strings.Fields(NFC(full))
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// Collator orders Vietnamese personal names the way Vietnamese lists are
// sorted: by given name first, then by the rest of the name in reading order
// (family name, then middle names), using the Vietnamese collation of
// golang.org/x/text (a < ă < â < b … d < đ < e …; tones: none < huyền < hỏi <
// ngã < sắc < nặng). Both tone placements ("Hòa", "Hoà") collate the same,
// decomposed input equals precomposed, and names that still tie are ordered by
// the bytes of their NFC form, so the order is total and deterministic.
//
// A Collator is safe for concurrent use: the underlying collate.Collator,
// which is not, is guarded by a mutex. The zero value is ready to use.
type Collator struct {
	mu sync.Mutex
	c  *collate.Collator
}

// NewCollator returns a Collator for Vietnamese names.
func NewCollator() *Collator {
	return &Collator{}
}

// Compare returns -1 if name a sorts before name b, +1 if after, and 0 only
// when both have the same NFC form.
func (c *Collator) Compare(a, b string) int {
	c.mu.Lock()
	var buf collate.Buffer
	ka, kb := c.key(&buf, a), c.key(&buf, b)
	c.mu.Unlock()
	return ka.compare(kb)
}

// Sort sorts names in place in the order of Compare. Names with the same NFC
// form keep their relative order.
func (c *Collator) Sort(names []string) {
	keys := make([]nameKey, len(names))
	c.mu.Lock()
	var buf collate.Buffer
	for i, name := range names {
		keys[i] = c.key(&buf, name)
	}
	c.mu.Unlock()
	sort.Stable(byKey{names, keys})
}

// nameKey holds the collation keys of the given name and of the rest of a
// name, and the NFC name for breaking ties.
type nameKey struct {
	given, rest []byte
	nfc         string
}

// key builds the nameKey of name; c.mu must be held. The keys point into buf.
func (c *Collator) key(buf *collate.Buffer, name string) nameKey {
	if c.c == nil {
		c.c = collate.New(language.Vietnamese)
	}
	words := strings.Fields(OldStyleTone(name))
	given, rest := "", ""
	if n := len(words); n > 0 {
		given, rest = words[n-1], strings.Join(words[:n-1], " ")
	}
	return nameKey{
		given: c.c.KeyFromString(buf, given),
		rest:  c.c.KeyFromString(buf, rest),
		nfc:   NFC(name),
	}
}

// compare orders two name keys: given name, rest of the name, NFC bytes.
func (k nameKey) compare(o nameKey) int {
	if r := bytes.Compare(k.given, o.given); r != 0 {
		return r
	}
	if r := bytes.Compare(k.rest, o.rest); r != 0 {
		return r
	}
	return strings.Compare(k.nfc, o.nfc)
}

// byKey sorts names by their precomputed keys.
type byKey struct {
	names []string
	keys  []nameKey
}

func (s byKey) Len() int           { return len(s.names) }
func (s byKey) Less(i, j int) bool { return s.keys[i].compare(s.keys[j]) < 0 }
func (s byKey) Swap(i, j int) {
	s.names[i], s.names[j] = s.names[j], s.names[i]
	s.keys[i], s.keys[j] = s.keys[j], s.keys[i]
}

// defaultCollator is shared by CompareNames and SortNames.
var defaultCollator = sync.OnceValue(NewCollator)

// CompareNames compares two Vietnamese full names with a shared Collator; see
// Collator for the order. It is safe for concurrent use.
func CompareNames(a, b string) int {
	return defaultCollator().Compare(a, b)
}

// SortNames sorts Vietnamese full names in place with a shared Collator; see
// Collator for the order. It is safe for concurrent use on different slices.
func SortNames(names []string) {
	defaultCollator().Sort(names)
}

// CompareText orders any Vietnamese text — unit names, titles — in the
// Vietnamese alphabet from its first word, unlike CompareNames, which
// starts from the given name. Ties are broken by the NFC bytes.
func CompareText(a, b string) int {
	return defaultCollator().CompareText(a, b)
}

// CompareText is the package-level CompareText on c.
func (c *Collator) CompareText(a, b string) int {
	c.mu.Lock()
	if c.c == nil {
		c.c = collate.New(language.Vietnamese)
	}
	var buf collate.Buffer
	ka := c.c.KeyFromString(&buf, OldStyleTone(a))
	kb := c.c.KeyFromString(&buf, OldStyleTone(b))
	r := bytes.Compare(ka, kb)
	c.mu.Unlock()
	if r != 0 {
		return r
	}
	return strings.Compare(NFC(a), NFC(b))
}

// NameKey is a precomputed sort key of a personal name, for sorting many
// names without recomputing collation keys on every comparison.
type NameKey struct{ k nameKey }

// Key returns the sort key of a personal name (given name first).
func (c *Collator) Key(name string) NameKey {
	if k, ok := nameKeys.Load(name); ok {
		return k.(NameKey)
	}
	k := c.newKey(name)
	nameKeys.Store(name, k)
	return k
}

// nameKeys and textKeys remember the keys made, by text: the lists are
// sorted again at every screen change and search, and making a key costs
// far more than looking it up. They grow with the distinct names of the
// record (some tens of thousands at most).
var nameKeys, textKeys sync.Map

func (c *Collator) newKey(name string) NameKey {
	c.mu.Lock()
	defer c.mu.Unlock()
	var buf collate.Buffer
	k := c.key(&buf, name)
	// The keys point into buf; copy them out.
	k.given = append([]byte(nil), k.given...)
	k.rest = append([]byte(nil), k.rest...)
	return NameKey{k}
}

// Compare orders two keys as CompareNames orders their names.
func (a NameKey) Compare(b NameKey) int { return a.k.compare(b.k) }

// TextKey returns a sort key of any text such that bytes.Compare of two keys
// orders the texts as CompareText does, apart from its final tie-break.
func (c *Collator) TextKey(s string) []byte {
	if k, ok := textKeys.Load(s); ok {
		return k.([]byte)
	}
	k := c.newTextKey(s)
	textKeys.Store(s, k)
	return k
}

func (c *Collator) newTextKey(s string) []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.c == nil {
		c.c = collate.New(language.Vietnamese)
	}
	var buf collate.Buffer
	return append([]byte(nil), c.c.KeyFromString(&buf, OldStyleTone(s))...)
}
