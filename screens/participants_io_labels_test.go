package screens

import (
	"bytes"
	"testing"

	"thidua/app"
	"thidua/app/entityio"
)

// TestImportMappingNamesEveryExportedColumn: re-importing the app's own
// Excel list shows, beside each of its columns, the field it was taken as,
// never "bỏ qua" for a column the import reads (such as Cơ quan cấp trên).
func TestImportMappingNamesEveryExportedColumn(t *testing.T) {
	var b bytes.Buffer
	if err := entityio.Export(&b, []app.Participant{{Kind: app.KindCollective, Name: "Hội Nông dân xã", Parent: "Đảng ủy xã Hòa Phong"}},
		[]app.Participant{{Kind: app.KindIndividual, Name: "Trần Văn Hùng"}}); err != nil {
		t.Fatal(err)
	}
	tables, err := entityio.Read("ds.xlsx", bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, tb := range tables {
		m, _, _ := entityio.Guess(tb.Headers)
		for col, f := range m {
			if labelOf(f) == fieldLabels[0].label || fieldOf(labelOf(f)) != f {
				t.Errorf("column %q (%s) has no label of its own in the mapping step", tb.Headers[col], f)
			}
			seen[tb.Headers[col]] = true
		}
	}
	if !seen["Cơ quan cấp trên"] {
		t.Errorf("the exported list has no Cơ quan cấp trên column the import reads: %v", seen)
	}
}
