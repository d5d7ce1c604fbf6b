package app

// BoardSource is what a round's board is read from.
type BoardSource interface {
	Participants(k Kind) ([]Participant, error)
	RoundScores(roundID int64) ([]Score, error)
	Setting(key string) (string, error)
	Nominations(roundID int64) ([]Nomination, error)
	Meetings(roundID int64) ([]Meeting, error)
	MeetingVotes(meetingID int64) ([]Vote, error)
	CouncilMembers() ([]CouncilMember, error)
}

// LoadBoard reads what the board of round r of plan p is built from and
// builds it.
func LoadBoard(src BoardSource, p *Plan, r Round) (BoardInput, Board, error) {
	in := BoardInput{Plan: p, Round: r, Manual: map[Kind]map[int64]int{}}
	var err error
	if in.Parts, err = src.Participants(""); err != nil {
		return in, Board{}, err
	}
	if in.Scores, err = src.RoundScores(r.ID); err != nil {
		return in, Board{}, err
	}
	for _, k := range []Kind{KindCollective, KindIndividual} {
		text, err := src.Setting(ManualOrderKey(r.ID, k))
		if err != nil {
			return in, Board{}, err
		}
		in.Manual[k] = ParseManualOrder(text)
	}
	if in.Noms, err = src.Nominations(r.ID); err != nil {
		return in, Board{}, err
	}
	if in.Meetings, err = src.Meetings(r.ID); err != nil {
		return in, Board{}, err
	}
	for _, m := range in.Meetings {
		vs, err := src.MeetingVotes(m.ID)
		if err != nil {
			return in, Board{}, err
		}
		in.Votes = append(in.Votes, vs...)
	}
	if in.Council, err = src.CouncilMembers(); err != nil {
		return in, Board{}, err
	}
	return in, BuildBoard(in), nil
}
