package screens

// onImport and onExport are filled in with the Excel importer.
func (ps *ParticipantsScreen) onImport() {}

func (ps *ParticipantsScreen) onExport() {}
