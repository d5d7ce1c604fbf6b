package dossier

import (
	"encoding/json"

	"thidua/app"
)

// CashKey is the setting holding the money that goes with the commune's
// awards, printed in Điều 2 of a decision.
const CashKey = "document.cash"

// Cash is the money per awarded collective and individual (đồng) and its
// source.
type Cash struct {
	Collective int64  `json:"collective"`
	Individual int64  `json:"individual"`
	Source     string `json:"source"`
}

// readCash reads the cash setting; unset or unreadable gives no amounts
// (Điều 2 then refers to the rules in force).
func readCash(st interface{ Setting(string) (string, error) }) Cash {
	c := Cash{Source: "quỹ thi đua, khen thưởng của xã"}
	if text, err := st.Setting(CashKey); err == nil && text != "" {
		_ = json.Unmarshal([]byte(text), &c)
	}
	return c
}

// EncodeCash is the setting text of c.
func EncodeCash(c Cash) (string, error) {
	if c.Collective < 0 || c.Individual < 0 {
		return "", &app.InvalidError{Problems: []app.Problem{{Where: "Tiền thưởng", Message: "số tiền không được âm"}}}
	}
	b, err := json.Marshal(c)
	return string(b), err
}
