package cli

import (
	"errors"
	"fmt"
)

// errBroken reports a broken audit chain (already printed).
var errBroken = errors.New("nhật ký thay đổi bị sửa")

func cmdAuditVerify(env *Env, c *call) error {
	if err := c.parse(0); err != nil {
		return err
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	broken, n, err := st.VerifyAudit()
	if err != nil {
		return err
	}
	findings, err := st.VerifyAnchors(env.BackupDir(*c.db))
	if err != nil {
		return err
	}
	if broken != 0 {
		fmt.Fprintf(env.Stdout, "Nhật ký thay đổi KHÔNG còn nguyên vẹn: dòng %d (hoặc dòng ngay trước nó) đã bị sửa hoặc xóa ngoài ứng dụng.\n", broken)
	}
	for _, f := range findings {
		fmt.Fprintf(env.Stdout, "KHÔNG khớp: %s.\n", f)
	}
	if broken != 0 || len(findings) > 0 {
		return errBroken
	}
	fmt.Fprintf(env.Stdout, "Nhật ký thay đổi nguyên vẹn: %d dòng, chuỗi băm khớp; khớp với các bản sao lưu, các văn bản đã ban hành đúng bản lưu, sổ văn bản đi không thiếu số.\n", n)
	return nil
}
