package extract

// Span is the evidence of a value: rune offsets [Start, End) of the normalised
// document text, and the page it is on when the source has pages (PDF).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
	Page  int `json:"page,omitempty"`
	// Doc says which document of a contract merged from several (the
	// index's records) the span is in; extraction, which reads one
	// document, leaves it 0 and does not write it.
	Doc int `json:"doc,omitempty"`
}

// Document is the record of one source document (shared/spec/output.md).
type Document struct {
	Source      string     `json:"source"`
	URL         *string    `json:"url"`
	SHA256      string     `json:"sha256"`
	ContentType string     `json:"content_type"`
	Title       *string    `json:"title"`
	Contracts   []Contract `json:"contracts"`
	Warnings    []string   `json:"warnings"`
	// Error says why the document could not be read; nil when it was.
	Error *DocError `json:"error"`

	// Text is the normalised text the evidence spans point into.
	Text string `json:"-"`
}

// Contract is one contract described by a document.
type Contract struct {
	ID            string      `json:"id"`
	Territory     *string     `json:"territory"`
	TerritoryKind string      `json:"territory_kind"`
	TerritoryCode *string     `json:"territory_code"`
	Departement   *string     `json:"departement"`
	Region        *string     `json:"region"`
	Population    *int        `json:"population"` // population municipale of the resolved territory (INSEE)
	Kind          string      `json:"kind"`
	Generation    *int        `json:"generation"`
	Signed        *string     `json:"signed"`
	StartYear     *int        `json:"start_year"`
	EndYear       *int        `json:"end_year"`
	DurationYears *int        `json:"duration_years"`
	Signatories   []Signatory `json:"signatories"`
	Axes          []Axis      `json:"axes"`
	Actions       []Action    `json:"actions"`
	Themes        []string    `json:"themes"`
	Evidence      Span        `json:"evidence"`
	// FieldEvidence gives the span each scalar field was read from
	// ("territory", "signed", "start_year", …); a field computed from others
	// (end_year = start_year + duration) points at what it was computed from.
	FieldEvidence map[string]Span `json:"field_evidence"`
}

// Signatory is a party of a contract.
type Signatory struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Evidence Span   `json:"evidence"`
}

// Axis is a strategic axis with what the text lists under it.
type Axis struct {
	Number     string      `json:"number"`
	Title      string      `json:"title"`
	Themes     []string    `json:"themes"`
	Objectives []Objective `json:"objectives"`
	Actions    []Action    `json:"actions"`
	Evidence   Span        `json:"evidence"`
}

// Objective is an objective listed under an axis.
type Objective struct {
	Number   *string  `json:"number"`
	Title    string   `json:"title"`
	Themes   []string `json:"themes"`
	Evidence Span     `json:"evidence"`
}

// Action is an action (fiche action), with who leads it and its steps.
type Action struct {
	Number   *string  `json:"number"`
	Title    string   `json:"title"`
	Leads    []string `json:"leads"`
	Steps    []string `json:"steps"`
	Themes   []string `json:"themes"`
	Evidence Span     `json:"evidence"`
}

// Spans lists every evidence span of the contract — its fields', its
// signatories', its axes', objectives' and actions' — in no particular order.
// ActionCount is the number of the contract's actions: those under its
// axes and those it lists apart.
func (c *Contract) ActionCount() int {
	n := len(c.Actions)
	for _, a := range c.Axes {
		n += len(a.Actions)
	}
	return n
}

func (c *Contract) Spans() []Span {
	var out []Span
	for _, s := range c.FieldEvidence {
		out = append(out, s)
	}
	for _, s := range c.Signatories {
		out = append(out, s.Evidence)
	}
	for _, a := range c.Axes {
		out = append(out, a.Evidence)
		for _, o := range a.Objectives {
			out = append(out, o.Evidence)
		}
		for _, x := range a.Actions {
			out = append(out, x.Evidence)
		}
	}
	for _, x := range c.Actions {
		out = append(out, x.Evidence)
	}
	return out
}
