package screens

func (ps *ParticipantsScreen) onImport() {}

func (ps *ParticipantsScreen) onExport() {}
