package screens

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// auditFieldLabels name the fields of the records in the audit log in
// Vietnamese; a field not listed is shown by its key.
var auditFieldLabels = map[string]string{
	"abbreviation": "Chữ viết tắt", "achievement": "Thành tích", "active": "Đang tham gia", "against": "Không đồng ý",
	"archived": "Lưu trữ", "attendees": "Người dự họp", "award_form_id": "Hình thức khen thưởng (mã)",
	"award_forms": "Hình thức khen thưởng", "award_standards": "Tiêu chuẩn khen thưởng", "award_subjects": "Đối tượng khen thưởng",
	"birth_date": "Ngày sinh", "cancel_reason": "Lý do hủy", "chair_id": "Chủ trì (mã)", "clerk_name": "Công chức phụ trách",
	"clerk_office": "Bộ phận", "collective_id": "Tập thể (mã)", "collectives": "Tập thể", "contents": "Nội dung",
	"council": "Điểm hội đồng", "council_abbr": "Viết tắt tên Hội đồng", "council_name": "Tên Hội đồng",
	"criteria": "Tiêu chí", "criterion_id": "Tiêu chí (mã)", "decided_on": "Ngày quyết định", "decision_date": "Ngày quyết định",
	"decision_number": "Số quyết định", "default_place": "Nơi họp thường dùng", "doc_title": "Tên loại văn bản",
	"ends_on": "Ngày kết thúc", "ethnicity": "Dân tộc", "for": "Đồng ý", "forced_reason": "Lý do vẫn đề nghị",
	"full_name": "Họ và tên", "gender": "Giới tính", "head": "Người đứng đầu", "held_at": "Thời gian họp",
	"hometown": "Quê quán", "implementation": "Tổ chức thực hiện", "individuals": "Cá nhân", "issued": "Số phiếu phát ra",
	"issued_on": "Ngày ban hành", "issuer": "Cơ quan ban hành", "kind": "Loại", "legal_basis": "Căn cứ", "level": "Cấp",
	"max_points": "Điểm tối đa", "meeting_id": "Cuộc họp (mã)", "member_id": "Thành viên chấm (mã)", "members": "Số thành viên",
	"members_total": "Tổng số thành viên", "movement_name": "Tên phong trào", "name": "Tên", "note": "Ghi chú",
	"number": "Số", "office": "Chức vụ", "opening": "Mở đầu", "outcome": "Kết quả", "parent": "Cơ quan cấp trên",
	"participant_id": "Đối tượng (mã)", "participants": "Đối tượng", "period_end": "Thi đua đến ngày",
	"period_start": "Thi đua từ ngày", "period_text": "Thời gian thi đua", "phone": "Điện thoại", "place": "Địa điểm",
	"political_theory": "Lý luận chính trị", "position": "Chức vụ", "purposes": "Mục đích", "qualification": "Trình độ chuyên môn",
	"quotas": "Số lượng", "reason": "Lý do", "recipients": "Nơi nhận", "requirements": "Yêu cầu", "residence": "Nơi thường trú",
	"returned": "Số phiếu thu vào", "role": "Vai trò", "round_id": "Đợt (mã)", "rounds": "Các đợt", "scores": "Ô điểm",
	"secretary_id": "Thư ký (mã)", "self": "Điểm tự chấm", "short_name": "Tên viết gọn", "short_text": "Tên ngắn",
	"signer_name": "Người ký", "signing_authority": "Thẩm quyền ký", "starts_on": "Ngày bắt đầu", "status": "Trạng thái",
	"subtitle": "Trích yếu", "suspended": "Đang xem xét kỷ luật", "suspended_note": "Nội dung xem xét", "symbol": "Ký hiệu",
	"text": "Nội dung", "title": "Tiêu đề", "unit_id": "Đơn vị (mã)", "valid": "Số phiếu hợp lệ", "women": "Số nữ",
	"year": "Năm", "council_members": "Thành viên Hội đồng",
}

// auditChanges turns the before and after of an audit line (JSON objects)
// into one Vietnamese line per field: "Tên: cũ → mới" for an edit, the
// value alone for a record created or deleted. Text that is not a JSON
// object is shown as it is.
func auditChanges(before, after string) []string {
	var b, a map[string]any
	okB := before == "" || json.Unmarshal([]byte(before), &b) == nil
	okA := after == "" || json.Unmarshal([]byte(after), &a) == nil
	if !okB || !okA {
		var out []string
		if before != "" {
			out = append(out, "Trước: "+before)
		}
		if after != "" {
			out = append(out, "Sau: "+after)
		}
		return out
	}
	keys := map[string]bool{}
	for k := range b {
		keys[k] = true
	}
	for k := range a {
		keys[k] = true
	}
	var sorted []string
	for k := range keys {
		if k != "id" {
			sorted = append(sorted, k)
		}
	}
	sort.Slice(sorted, func(i, j int) bool { return fieldLabel(sorted[i]) < fieldLabel(sorted[j]) })
	var out []string
	for _, k := range sorted {
		old, hadOld := b[k]
		cur, hasCur := a[k]
		switch {
		case before == "":
			if !empty(cur) {
				out = append(out, fieldLabel(k)+": "+valueText(cur))
			}
		case after == "":
			if !empty(old) {
				out = append(out, fieldLabel(k)+": "+valueText(old))
			}
		case !hadOld || !hasCur || valueText(old) != valueText(cur):
			out = append(out, fieldLabel(k)+": "+orDash(valueText(old))+" → "+orDash(valueText(cur)))
		}
	}
	return out
}

func fieldLabel(k string) string {
	if l, ok := auditFieldLabels[k]; ok {
		return l
	}
	return strings.ReplaceAll(k, "_", " ")
}

func empty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case []any:
		return len(x) == 0
	case map[string]any:
		return len(x) == 0
	}
	return false
}

// valueText shows one value: text and numbers as they are, yes/no for a
// flag, lists and records by their size.
func valueText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		if x {
			return "có"
		}
		return "không"
	case float64:
		return strings.Replace(strconv.FormatFloat(x, 'f', -1, 64), ".", ",", 1)
	case []any:
		return fmt.Sprintf("%d mục", len(x))
	case map[string]any:
		return fmt.Sprintf("%d mục", len(x))
	}
	return fmt.Sprint(v)
}
