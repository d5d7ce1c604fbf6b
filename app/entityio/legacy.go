package entityio

import (
	"fmt"
	"strings"
	"unicode"
)

// Text typed in the legacy Vietnamese fonts (.VnTime for TCVN3, VNI-Times
// for VNI) and saved by Excel arrives as Latin-1 characters that no
// Vietnamese word contains in Unicode: TCVN3 puts letters with marks on
// symbol code points (µ = à, ¸ = á, ¨ = ă …), VNI follows a base letter with
// mark characters (ø = huyền, ù/ï/û/õ, ñ = đ …). Such text is refused with
// the encoding's name rather than imported as garbage: converting it is
// one step with Unikey's "Công cụ chuyển mã" (clipboard toolkit).
const (
	tcvn3Marks = "µ¸¶·¹¨©ª«®¬¡¢£¤¥¦§»¼½¾ÆÇÎÏÑ×ØÜÞßæç÷þ"
	vniMarks   = "øïûöñåäëÿæîÖØÛÜÏ"
	// vniAfter are the mark characters VNI puts after a vowel; in Unicode
	// Vietnamese only a few of these pairs exist (see vietPairs).
	vniAfter = "âêôãõùúáàøïûöåä"
)

// vietPairs are the vowel pairs of real Vietnamese words whose second
// letter is one of vniAfter (hoà, quá, già, cuộc, quân, tiên, yên, khuê …).
var vietPairs = map[string]bool{
	"oà": true, "oá": true, "oã": true, "uà": true, "uá": true, "uã": true, "ià": true, "iá": true, "iã": true,
	"uô": true, "uâ": true, "iê": true, "yê": true, "uê": true, "uơ": true,
}

// vniPair reports whether w has a vowel followed by a VNI mark character in
// a pair that no Vietnamese word has (Nguyeãn, Vaên, Hoøa).
func vniPair(w string) bool {
	r := []rune(strings.ToLower(w))
	for i := 0; i+1 < len(r); i++ {
		if strings.ContainsRune("aeiouy", r[i]) && strings.ContainsRune(vniAfter, r[i+1]) && !vietPairs[string(r[i:i+2])] {
			return true
		}
	}
	return false
}

// legacyName names the legacy encoding text looks like it was typed in, or
// returns "" for ordinary Unicode text.
func legacyName(text string) string {
	tcvn, vni, words := 0, 0, 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == ';' }) {
		words++
		if !strings.ContainsFunc(w, unicode.IsLetter) {
			continue
		}
		if strings.ContainsAny(w, tcvn3Marks) && hasASCIILetter(w) {
			tcvn++
		}
		if (strings.ContainsAny(w, vniMarks) || vniPair(w)) && hasASCIILetter(w) {
			vni++
		}
	}
	if words == 0 || (tcvn < 2 && vni < 2) {
		return ""
	}
	if tcvn >= vni {
		return "TCVN3 (ABC, phông .VnTime)"
	}
	return "VNI (phông VNI-Times)"
}

func hasASCIILetter(w string) bool {
	return strings.ContainsFunc(w, func(r rune) bool { return r < 128 && unicode.IsLetter(r) })
}

func legacyError(enc string) error {
	return fmt.Errorf("tệp có vẻ được gõ bằng bảng mã %s, không phải Unicode, nên không nhập được (chữ sẽ sai hết). "+
		"Hãy chuyển sang Unicode: mở tệp trong Excel, chép vùng dữ liệu, dùng Unikey → Công cụ chuyển mã "+
		"(nguồn %s, đích Unicode), dán lại và lưu thành .xlsx, rồi nhập lại", enc, enc)
}

// checkLegacy refuses a table whose text looks typed in a legacy encoding.
func checkLegacy(t Table) error {
	var b strings.Builder
	b.WriteString(strings.Join(t.Headers, " "))
	for i, r := range t.Rows {
		if i > 200 {
			break
		}
		b.WriteString(" ")
		b.WriteString(strings.Join(r.Cells, " "))
	}
	if enc := legacyName(b.String()); enc != "" {
		return legacyError(enc)
	}
	return nil
}
