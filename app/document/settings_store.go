package document

import (
	"encoding/json"
	"fmt"
)

// SettingsKey is the key under which the page settings are stored.
const SettingsKey = "document.page"

// ParseSettings reads settings stored by Settings.Encode; an empty text
// gives the defaults. Stored values outside the decree's ranges are refused
// so that a hand-edited database cannot print an improper document.
func ParseSettings(text string) (Settings, error) {
	var s Settings
	if text != "" {
		if err := json.Unmarshal([]byte(text), &s); err != nil {
			return DefaultSettings(), fmt.Errorf("cài đặt trình bày văn bản bị hỏng (%v); đang dùng mặc định", err)
		}
	}
	s = s.WithDefaults()
	if err := s.Validate(); err != nil {
		return DefaultSettings(), err
	}
	return s, nil
}

// Encode returns the settings as stored text.
func (s Settings) Encode() string {
	b, _ := json.Marshal(s)
	return string(b)
}
