package screens

import (
	"reflect"
	"testing"
)

func TestAuditChangesInVietnamese(t *testing.T) {
	tests := []struct {
		name, before, after string
		want                []string
	}{
		{"an edit names each changed field", `{"id":3,"name":"Lê Văn A","phone":"0974","gender":"nam","archived":false}`,
			`{"id":3,"name":"Lê Văn B","phone":"0974","gender":"nu","archived":true}`,
			[]string{"Giới tính: nam → nu", "Lưu trữ: không → có", "Tên: Lê Văn A → Lê Văn B"}},
		{"a record created shows what it holds", "", `{"id":1,"council_members":9,"participants":55,"note":""}`,
			[]string{"Thành viên Hội đồng: 9", "Đối tượng: 55"}},
		{"a field emptied", `{"note":"cũ"}`, `{"note":""}`, []string{"Ghi chú: cũ → —"}},
		{"money in full", `{"cash":500000}`, `{"cash":1000000}`, []string{"cash: 500000 → 1000000"}},
		{"lists by their size", `{"criteria":[1,2]}`, `{"criteria":[1,2,3]}`, []string{"Tiêu chí: 2 mục → 3 mục"}},
		{"text that is not JSON as it is", "lưu ý", "", []string{"Trước: lưu ý"}},
		{"an unknown key by its words", `{"print_points":false}`, `{"print_points":true}`, []string{"print points: không → có"}},
	}
	for _, tt := range tests {
		if got := auditChanges(tt.before, tt.after); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
