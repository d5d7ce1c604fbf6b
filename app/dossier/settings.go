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

// decisionCash is the money of Điều 2 of a decision dated date awarding
// form: what the decree and the base salary in force on that date give
// (app.CashOn), and where the table holds no figure, the amount recorded
// in the settings; 0 still then, and the paper check asks the clerk for
// it. The decree in force is cited with the amounts.
func decisionCash(set Cash, form app.AwardForm, date string) (collective, individual int64, source, basis string) {
	c := app.CashOn(app.CashAwardOf(form), date)
	collective, individual = c.Collective, c.Individual
	if collective == 0 {
		collective = set.Collective
	}
	if individual == 0 {
		individual = set.Individual
	}
	return collective, individual, set.Source, c.Decree
}
