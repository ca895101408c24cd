# Every fixed text Tomster shows, in English. Variables are written { $name } and filled by the
# code; plurals use Fluent selectors. Rule texts are in rules.ftl.

fit-figure-uses = { $share }% of { $population } use { $platform }{ $note }
fit-figure-monthly = { $share }% of { $population } use { $platform } each month{ $note }
fit-figure-daily = { $share }% of { $population } use { $platform } every day, a lower bound of use{ $note }
fit-figure-account = { $share }% of { $population } have a { $platform } account they use{ $note }
fit-figure-at-least = At least { $share }% of { $population } use { $platform } (the source gives a lower bound){ $note }
fit-note-unverified = {" "}(to confirm: the report leaves its method unclear)
fit-under-min-age = Part of the age range is under { $platform }'s minimum age ({ $age }): counted as non-users
fit-age-gap = Tomster's knowledge base has no { $platform } figure for part of the age range: those ages count as non-users
fit-no-age = The persona has no age range: the figures for all adults are used, which makes the estimate weak
fit-foreign-figure = No { $country } figure for { $platform } at ages { $from } to { $to } in Tomster's knowledge base: the US figure is used there
fit-foreign-figure-age = No { $country } figure for { $platform } at age { $from } in Tomster's knowledge base: the US figure is used there
fit-country-shift = Where the US figure is used, it is adjusted by { $shift } points, comparing like with like: { $local }% of { $local_population } against { $us }% of { $us_population }
fit-no-correction = The US figure is used as it is: Tomster's knowledge base has no { $country } figure for the same population to compare it with
fit-local-search = { $share }% of consumers use { $platform } (Google) to read reviews of local businesses before choosing one; a survey of US consumers, no British or French edition being published
fit-local-place = The persona is looked for where it is ({ $place }): { $platform } is where a search for a business nearby lands
fit-gender-unweighted = Tomster's knowledge base has no { $country } figure for { $platform } by gender: the persona's gender does not change the estimate
fit-no-audience-data = Tomster's knowledge base has no audience figure for { $platform }: it is not scored
fit-relevance-trade = { $platform }'s purpose for trade buyers ({ $industry }), who look where their own customers are: weight { $weight }
fit-professional-figure = For professionals, the higher figure of { $population } is used
fit-relevance-b2b = { $platform }'s purpose for a professional (B2B) message: weight { $weight }
fit-relevance-b2c = { $platform }'s purpose for a consumer (B2C) message: weight { $weight }
fit-relevance-public = { $platform }'s purpose for the users of a public service or a non-profit (weighed as a consumer message): weight { $weight }
fit-relevance-unknown = The persona has no segment: { $platform } is weighed as for a consumer (B2C) message, weight { $weight }
fit-declared-channel = The persona is known to use { $platform } (declared in its channels): +{ $bonus } points, and recommended for that reason
fit-declared-too-young = The persona declares { $platform }, but part of its age range is under the network's minimum age ({ $age }): not recommended for them
fit-verdict-recommended = Score { $score }: recommended (threshold { $threshold })
fit-verdict-declared = Score { $score }: recommended because the persona uses it (threshold { $threshold })
fit-verdict-unscored = Not scored: choose it on what you know of your audience
fit-verdict-unscored-declared = Not scored: recommended because the persona uses it
country-adjective-FR = French
country-adjective-US = US
country-adjective-GB = British
country-adjective-BE = Belgian
country-adjective-CH = Swiss
country-adjective-CA = Canadian
country-adjective-other = local
fit-verdict-not-recommended = Score { $score }: not recommended (threshold { $threshold })
step-target = Target
step-objectives = Objectives
step-message = Message
step-strategy = Strategy
step-technologies = Technologies
step-evaluate = Evaluate
step-resources = Resources
severity-error = error
severity-warning = warning
severity-advice = advice
label-hint = hint
label-path = path
label-severity = severity
label-step = step
count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
count-advice = { $count ->
    [one] { $count } piece of advice
   *[other] { $count } pieces of advice
}
check-verdict-errors = The strategy has errors
check-verdict-ok = No error
init-done = Wrote the example `{ $example }` to { $file }. Next: tomster check { $file }
recommend-networks-title = Networks per persona (score 0-100, with the facts behind it)
recommend-no-persona = No persona yet: add a [[personas]] entry to get recommendations.
recommend-not-recommended = Not recommended
recommend-kpis-title = KPIs per objective (★ = the one chosen)
recommend-no-kind = The objective has no kind: set `kind` to get KPI suggestions.
recommend-reported-by = reported by { $platforms }
recommend-needs-tool = needs a { $category } tool
recommend-not-reported = not reported by the objective's networks
unit-hours-per-week = { $hours } h/week
plan-workload-title = Workload
plan-workload-line = Everyday load { $hours } for a team capacity of { $capacity } ({ $percent }%)
plan-peak-line = Peak with operations: { $hours }, week of { $week }
plan-by-network = By network (h/week)
plan-outsourced = Outsourced
plan-unassigned = Nobody to do it (no team)
plan-cost-title = Costs
plan-cost-line = Total { $total } for a budget of { $budget }
plan-by-month = By month
plan-coverage-title = Message coverage (messages per persona and stage; highlighted: a gap)
plan-coverage-gaps = Gaps: { $count }
cost-staff = Staff time
cost-ads = Always-on ads
cost-tools = Tools
cost-operations = Operations
cost-outsourcing = Outsourcing
cost-training = Training
stage-awareness = awareness
stage-consideration = consideration
stage-decision = decision
stage-retention = retention
none = none
plan-reporting = reporting
tools-reason-scheduling = An always-on plan is easier to keep with posts scheduled ahead
tools-reason-design = The formats mix has images, carousels, documents or stories to design
tools-reason-kpi = A KPI of the plan cannot be read in the networks' own analytics
recommend-tools-title = Tools for what the plan needs and lacks (prices as read on the vendors' pages)
recommend-tools-none = The plan has a tool for every kind it needs.
recommend-tools-catalogue-empty = No tool of this kind in the catalogue yet
recommend-free-tier = free tier: { $free }
recommend-paid-from = from { $price } { $currency }/{ $per }/month ({ $plan }, { $billing } billing)
per-channel = channel
per-user = user
per-account = account
billing-annual = annual
billing-monthly = monthly
calendar-to-write = {"["}to write]
calendar-format = Format
calendar-pillar = Pillar
calendar-persona = Persona
calendar-stage = Stage
calendar-operation = Operation
calendar-kind = Kind
calendar-networks = Networks
calendar-operation-summary = Operation: { $name }
calendar-written = Wrote { $count } post slots to { $target }
calendar-skipped-networks = Metricool has no column for { $networks }: their posts are left out of this file
calendar-needs-output = the Hootsuite format writes one file per network: give a folder with -o
calendar-review-summary = { $count ->
    [one] KPI review
   *[other] KPI review ({ $count } indicators)
}
calendar-deadline-summary = Objective deadline: { $objective }
calendar-milestone-summary = Milestone: { $name }
calendar-note-posts-dropped = { $posts ->
    [one] { $posts } post of the operation “{ $operation }” on { $platform } found no posting day with room (at most { $max } a day on that network, operations included): it is not in the calendar.
   *[other] { $posts } posts of the operation “{ $operation }” on { $platform } found no posting day with room (at most { $max } a day on that network, operations included): they are not in the calendar.
}
calendar-note-posts-dropped-hint = Raise `max_posts_per_day` on that network's always-on entry, lower the operation's `posts_per_week` or lengthen it.
calendar-note-posts-dropped-always-on = { $posts ->
    [one] { $posts } always-on post on { $platform } found no posting day with room in the period: it is not in the calendar.
   *[other] { $posts } always-on posts on { $platform } found no posting day with room in the period: they are not in the calendar.
}
calendar-note-posts-dropped-always-on-hint = Check the entry's `days` and `max_posts_per_day`.
calendar-note-cap-raised = The always-on cadence on { $platform } needs { $needed } posts on some days, above its cap of { $max } a day: the calendar places them all.
calendar-note-cap-raised-hint = Spread them over more `days` or set `max_posts_per_day`.
calendar-note-pillar-missed = On { $platform }, the pillar “{ $pillar }” gets { $actual } of the posts instead of { $planned }: too few of the messages written for this network belong to it.
calendar-note-format-missed = On { $platform }, the format “{ $format }” gets { $actual } of the posts instead of { $planned }: the messages' content types leave it no more room.
doc-contents = Contents
doc-version = Version of
doc-page = Page
doc-period = Period
doc-chart-omitted = Chart omitted in this output: see the HTML or PDF document.
doc-period-range = { $start } to { $end }
doc-summary = Summary
doc-verdict = Coherence check: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}, { $advice ->
    [one] { $advice } piece of advice
   *[other] { $advice } pieces of advice
}.
doc-personas = Personas
doc-networks = Networks
doc-monthly-budget = Monthly spend (average)
doc-total-cost = Total cost
doc-cost-against-budget = { $total } for a budget of { $budget }
doc-hours-per-week = Hours per week
doc-hours-against-capacity = { $hours } h for a team capacity of { $capacity } h
doc-objective = Objective
doc-kpi = KPI
doc-baseline = Baseline
doc-target = Target
doc-deadline = Deadline
doc-kind = Kind
doc-objectives-caption = Objectives, their KPI, target and deadline
doc-target-intro = Who exactly the strategy speaks to: the personas, their expectations and their behaviour online.
doc-none-yet = Nothing is written for this step yet.
doc-segment = Segment
doc-age = Age
doc-age-range = { $min } to { $max } years
doc-gender = Gender
doc-location = Location
doc-occupation = Occupation
doc-industry = Industry
doc-employees = { $size } employees
doc-company-size = Company size
doc-channels = Networks used
doc-technographics = Social technographics
doc-stage-mix = Buying journey
doc-priority = Priority
doc-goals = Goals
doc-pain-points = Pain points
doc-questions = Questions
doc-objections = Objections
doc-objectives-intro = Why the organisation is on social media, and how much: each objective has a KPI, a starting point, a target and a deadline.
doc-message-intro = What is said to each persona at each stage of the journey, and the content pillars that carry it.
doc-pillars-caption = Content pillars and their share of the posts
doc-pillar = Pillar
doc-pillars = Pillars
doc-share = Share
doc-messages-caption = Message matrix
doc-persona = Persona
doc-stage = Stage
doc-key-message = Key message
doc-proof-points = Proof points
doc-content-types = Content types
doc-call-to-action = Call to action
doc-coverage-caption = Messages per persona and stage (⚠ a stage that matters has no message)
doc-strategy-intro = The ecosystem: the everyday presence on each network, the punctual operations, and the owned media they lead to.
doc-website = Website
doc-blog = Blog
doc-newsletter = Newsletter
doc-always-on = Always-on presence
doc-always-on-caption = Posts per week by network
doc-network = Network
doc-posts-per-week = Posts per week
doc-formats = Formats
doc-operations = Operations
doc-no-operation = No punctual operation is planned.
doc-operations-caption = Punctual operations
doc-operation = Operation
doc-dates = Dates
doc-budget = Budget
doc-objectives = Objectives
doc-technologies-intro = The networks chosen, why, and how well each reaches each persona (fit score 0-100), then the tools.
doc-rationale = Why
doc-networks-caption = Chosen networks and their fit score per persona
doc-tools = Tools
doc-no-tool = No tool is listed.
doc-tools-caption = Community-management tools
doc-tool = Tool
doc-category = Category
doc-plan = Workload and costs
doc-monthly-cost = Monthly cost
doc-seats = Seats
doc-evaluate-intro = The KPIs that prove each objective: formula, data source, how often they are reviewed and when an alert is raised.
doc-kpis-caption = KPI table
doc-formula = Formula
doc-data-source = Data source
doc-review = Review
doc-alert = Alert
doc-alert-below = below { $percent } of the needed pace
doc-resources-intro = Budget, time, skills and people: in-house, outsourced, or trained.
doc-no-team = No team member is listed: nobody is there to run the plan.
doc-team-caption = Team
doc-member = Member
doc-role = Role
doc-hours = Hours per week
doc-skills = Skills
doc-outsourcing-caption = Outsourcing
doc-provider = Provider
doc-scope = Scope
doc-cost = Cost
doc-training-caption = Training
doc-topic = Topic
doc-date = Date
doc-milestones = Milestones
doc-recommendations = Recommendations
doc-recommendations-intro = Networks are scored per persona from sourced audience figures; a network is recommended from a score of { $threshold }. The reasons and their sources follow.
doc-chart-fit = Platform fit per persona (0-100)
doc-chart-fit-note = Rows: personas. Bold: recommended.
doc-no-recommended-network = No network reaches the recommendation threshold for this persona.
doc-kpi-suggestions = KPIs that prove each objective
doc-kpi-suggestions-caption = Suggested KPIs (★ the one chosen)
doc-suggested-kpis = Suggested KPIs
doc-plan-intro = What the plan costs in hours and money, from the knowledge base's editable effort assumptions and the strategy's own figures.
doc-workload = Workload
doc-capacity = Team capacity (hours per week)
doc-peak = Heaviest week
doc-peak-value = { $hours } h, week of { $week }
doc-outsourced = Outsourced (hours per week)
doc-hours-unit = h
doc-chart-hours = Hours per week by network
doc-chart-hours-axis = Hours per week
doc-members-caption = Load per team member (hours per week)
doc-load = Load
doc-costs = Costs
doc-chart-budget-category = Costs by category
doc-chart-budget-month = Costs by month
doc-chart-amount-axis = Amount ({ $currency })
doc-calendar = Editorial calendar overview
doc-calendar-intro = The always-on plan and the operations give { $count } posts over the period, at { $timezone } time. The same calendar comes as files for calendar apps and scheduling tools.
doc-from-to = { $start } to { $end }
doc-chart-operations = Operations over the period
doc-chart-posts = Posts per month by network
doc-chart-month-axis = Month
doc-chart-posts-axis = Posts
doc-month = Month
doc-total = Total
doc-calendar-caption = Posts per month and network
doc-no-post = The plan has no post yet: add an always-on presence.
doc-findings = Appendix: coherence check
doc-no-finding = The checker found no contradiction between the seven steps.
doc-findings-caption = Findings of the coherence checker
doc-prepared-by = Prepared by { $who }
doc-footer = Document made with Tomster, following the TOMSTER method (E. Vivier, HUB Institute, 2011).
doc-finding-severity = Severity
doc-finding-step = Step
doc-finding-advice = What to do
list-and = { $first } and { $last }
doc-exec-audience-for = This strategy is for { $organisation }. It speaks to { $personas }.
doc-exec-audience = This strategy speaks to { $personas }.
doc-exec-objectives = { $count ->
    [one] It pursues one objective, due by { $deadline }: { $objectives }.
   *[other] It pursues { $count } objectives, the last due by { $deadline }: { $objectives }.
}
doc-exec-more = { $count ->
    [one] one more objective
   *[other] { $count } more objectives
}
doc-exec-network-cadence = { $network } ({ $posts ->
    [one] { $posts } post a week
   *[other] { $posts } posts a week
})
doc-exec-presence = It is present on { $networks }{ $operations ->
    [0] {""}
    [one] , with one dated operation
   *[other] , with { $operations } dated operations
}: { $posts ->
    [one] one post
   *[other] { $posts } posts
} over the period.
doc-exec-cost-budget = It costs { $total } over the period, about { $monthly } a month, for a budget of { $budget }, and asks { $hours } hours a week of the team, which has { $capacity }.
doc-exec-cost = It costs { $total } over the period, about { $monthly } a month, and asks { $hours } hours a week of the team, which has { $capacity }.
doc-exec-settle = { $count ->
    [one] The point to settle first
   *[other] The { $count } points to settle first
}
doc-finding = Finding
doc-sources = Sources
doc-sources-intro = The facts and the editable assumptions this document relies on.
billing-once = once
kind-awareness = Awareness
kind-engagement = Engagement
kind-traffic = Traffic
kind-leads = Leads
kind-sales = Sales
kind-retention = Retention
kind-customer_service = Customer service
kind-employer_brand = Employer brand
gender-female = Women
gender-male = Men
gender-mostly_female = Mostly women
gender-mostly_male = Mostly men
gender-mixed = Mixed
operation-search_ads = Search ads
operation-paid_social = Paid social
operation-affiliation = Affiliation
operation-influence = Influencers
operation-contest = Contest
operation-serious_game = Serious game
operation-event = Event
operation-emailing = Emailing
operation-other = Other
review-daily = Daily
review-weekly = Weekly
review-monthly = Monthly
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
render-pdf-needs-output = a PDF is binary: give the file to write with -o FILE.pdf
render-written = Wrote { $file }
render-has-errors = The strategy has { $count ->
    [one] { $count } error: the document shows it
   *[other] { $count } errors: the document shows them
} at the top of the summary.
calendar-hootsuite-unwritten = { $count ->
    [one] { $count } post slot has no message written yet: it is left out of the Hootsuite files, which would publish it as it is
   *[other] { $count } post slots have no message written yet: they are left out of the Hootsuite files, which would publish them as they are
}
doc-tool-plan = Plan
cost-per-monthly = per month
cost-per-once = once
technographic-creators = creators
technographic-conversationalists = conversationalists
technographic-critics = critics
technographic-collectors = collectors
technographic-joiners = joiners
technographic-spectators = spectators
technographic-inactives = inactives
aida-attention = attention
aida-interest = interest
aida-desire = desire
aida-action = action
format-text = text
format-image = image
format-carousel = carousel
format-short_video = short video
format-long_video = long video
format-story = story
format-live = live
format-article = article
format-poll = poll
format-document = document
category-scheduling = scheduling
category-listening = listening
category-design = design
category-analytics = analytics
category-ads = ads
category-crm = CRM
category-other = other
skill-copywriting = copywriting
skill-photo = photo
skill-video = video
skill-design = design
skill-community_management = community management
skill-analytics = analytics
skill-ads = ads
skill-strategy = strategy
error-range-inverted = --from { $from } is after --to { $to }
error-unknown-example = unknown example `{ $name }`, expected one of { $names }
error-file-exists = { $file } already exists; use --force to overwrite it
error-unknown-code = unknown diagnostic code `{ $code }`; `tomster explain all` lists them
error-cannot-read = cannot read { $file }: { $error }
error-output-is-input = { $file } is the strategy itself: choose another output with -o
error-logo-too-large = the logo { $file } is over 2 MiB: a cover logo needs far less (export it smaller)
error-logo-type = the logo { $file } is not a PNG, JPEG or SVG image
error-logo-damaged = the logo { $file } is damaged: it starts as an image but does not decode as one (export it again)
error-logo-dimensions = the logo { $file } is larger than 4,096 pixels wide or tall: a cover logo needs far less (export it smaller)
error-logo-unreadable = cannot read the logo { $file } ({ $error }): its path starts from the strategy file's folder
error-output-is-folder = { $file } is a folder: give -o the name of a file, in it or elsewhere
calendar-nothing = nothing to put in the calendar: the plan has no always-on presence and no dated operation in this range
check-has-errors = The strategy has { $count ->
    [one] { $count } error: `tomster check` shows it.
   *[other] { $count } errors: `tomster check` shows them.
}
kpi-no-nearest = none close in the catalogue
doc-budget-per-month = Monthly budget
doc-providers-caption = Outsourced work: the hours each provider takes off the team, and its cost
doc-provider-hours = Hours a week
doc-provider-weeks = Weeks
doc-provider-cost = Cost
doc-provider-hour-cost = Cost per hour saved
plan-provider-line = { $provider }: { $hours } h a week over { $weeks } weeks, { $cost } ({ $per_hour } per hour saved)
plan-monthly-budget-line = Monthly budget { $budget }; months above it: { $months }
sector-alcohol = alcohol
sector-health_products = health products
sector-financial_services = financial services
sector-gambling = gambling
sector-food_for_children = food for children
restriction-financial_services = certain financial products, crypto-assets among them, may not be promoted
restriction-gambling = gambling may be promoted only on platforms that can exclude minors, and sports-betting tips subscriptions not at all
restriction-health_products = cosmetic surgery and medicines may not be promoted, and other health products follow the medical advertising rules
recommend-own-kpi = your own KPI, read in: { $source }

# Load errors: what stops a file from loading, with what to write instead.
load-date-format = expected a date written YYYY-MM-DD (such as 2027-01-31), found `{ $text }`
load-date-year = expected a year between { $first } and { $last }, found { $year }
load-date-impossible = `{ $text }` is not a day of the calendar
load-date-expected = expected a date written YYYY-MM-DD
load-date-table = expected a date written YYYY-MM-DD, found a table
load-date-time = expected a date without a time (YYYY-MM-DD), found `{ $text }`
load-id = expected an identifier (letters, digits, '-', '_' or '.', at most 64 characters), found `{ $text }`
load-network-id = expected a network id (letters, digits, '-', '_' or '.', such as `instagram`), found `{ $text }`
load-kpi-id = expected a KPI id (letters, digits, '-', '_' or '.', such as `reach` or `conversions`), found `{ $text }`
load-web-address = expected a web address starting with https:// (no spaces), found `{ $text }`
load-colour = a colour is written #RRGGBB, for example #7a1f3d, found `{ $text }`
load-currency = expected a currency code of three capital letters (EUR, USD...), found `{ $text }`
load-country = expected a country code of two capital letters (FR, US...), found `{ $text }`
load-region = expected a region code such as GB-SCT or FR-IDF (the country code, a hyphen, then one to three capital letters or digits), found `{ $text }`
load-time = expected a time written HH:MM on a 24-hour clock (such as 12:30), found `{ $text }`
load-time-zone = unknown time zone `{ $text }`, expected an IANA name such as Europe/Paris or America/New_York
load-number-at-least = { $what } must be a number of at least { $minimum }, found { $value }
load-number-between = { $what } must be between { $minimum } and { $maximum }, found { $value }
value-Share = a share (0.4 means 40%)
value-Money = an amount of money
value-PerWeek = a number of posts per week
value-PerMonth = a number of posts per month
value-HoursPerWeek = hours per week
value-Minutes = a duration in minutes
value-PaceRatio = a share of the needed pace (0.8 means 80%)
value-people-count = a number of people
load-not-finite = expected a finite number, found { $value }
load-seasonality = expected twelve weights, January to December, none negative and not all zero; found { $count } values
load-target = expected a number (the level to reach), a gain on the baseline such as "+500", or a change in percent such as "+30 %" or "-10 %", found "{ $text }"
load-target-range = a change from the baseline must be above -100 % and at most +1 000 000 %, found "{ $text }"
load-age = an age must be a whole number from 0 to { $oldest }, found { $age }
load-company-size = unknown company size `{ $text }`, expected one of { $expected }
load-too-large = the file is { $bytes } bytes long, more than the { $limit } MiB a strategy may take: is it the right file?
load-not-utf8 = the file is not UTF-8 text: byte { $byte } cannot start a character; save the file as UTF-8
load-empty = the file is empty: a strategy needs at least a [strategy] table with `name`, `start` and `end` (try `tomster init`)
load-control-character = the text holds the invisible character { $code }, which is not allowed (it breaks documents and terminals): delete it, or retype the text
load-schema-newer = this file is written in version { $version } of the strategy format, and this Tomster reads versions 1 to { $latest }: update Tomster to open it
load-schema-invalid = `schema_version` must be a whole number from 1 to { $latest } (the version of the strategy format)
load-missing-strategy = missing the [strategy] table: a strategy needs at least `name`, `start` and `end` in a [strategy] table
load-strategy-list = `[[strategy]]` makes a list of strategies: write `[strategy]`, with single brackets (a file holds one strategy)
load-unknown-field = unknown field `{ $field }`, expected one of { $expected }
load-missing-field = missing field `{ $field }`
load-unknown-variant = unknown value `{ $value }`, expected one of { $expected }
load-duplicate-key = this key is written twice in the same table: keep one
load-toml = { $detail }
load-wrong-type-number = expected { $expected }, found the number { $value }
load-wrong-type-text = expected { $expected }, found the text { $value }
load-wrong-type-table = expected { $expected }, found a table
load-wrong-type-list = expected { $expected }, found a list
load-wrong-type-other = expected { $expected }, found { $found }
expected-age-range = an age range such as `{"{"} min = 25, max = 40 {"}"}`
expected-stage-mix = a stage mix such as `{"{"} awareness = 0.5, consideration = 0.3, decision = 0.2 {"}"}`
expected-list = a list in square brackets, such as `["first", "second"]`
expected-table = a table of fields
expected-u8 = a whole number from 0 to 255
expected-u32 = a whole number from 0 to 4294967295
expected-whole-number = a whole number
expected-number = a number
expected-boolean = true or false
expected-text = a text in quotes
what-persona = persona
what-objective = objective
what-pillar = pillar
what-operation = operation
what-KPI = KPI
what-network = network
load-duplicate-id = duplicate { $what } id `{ $id }`: { $first } already uses it; ids must be unique
load-unknown-reference = unknown { $what } `{ $id }`: no [[{ $list }]] entry has this id (expected one of { $known })
load-unknown-reference-none = unknown { $what } `{ $id }`: no [[{ $list }]] entry has this id (there is no [[{ $list }]] entry yet)
load-list-limit = a strategy may have at most { $limit } `{ $list }` entries, and this one has { $length }: split it into several strategies
load-custom-kpi-clash = `{ $id }` is already a KPI of the catalogue: use it as it is, or give your own KPI another id
load-custom-network-clash = `{ $id }` is already a network of the catalogue: use it as it is, or give your own network another id
load-unknown-network-guess = unknown network `{ $id }` (did you mean `{ $nearest }`?): use a network of the catalogue ({ $catalogue }), or declare it in a [[custom_networks]] entry with this id and a name
load-unknown-network = unknown network `{ $id }`: use a network of the catalogue ({ $catalogue }), or declare it in a [[custom_networks]] entry with this id and a name
load-period-too-long = the strategy lasts { $days } days: a strategy may cover at most { $years } years; split it into several
segment-b2c = B2C (consumers)
segment-b2b = B2B (companies)
segment-public = Public service or non-profit (users, members)
statistic-median = a median
statistic-average = an average

# Differences between two versions of a strategy (`diff`), in words. The code writes the first
# letter of a sentence in upper case; field names stay as written in the file.
diff-document = document
diff-section-strategy = strategy
diff-section-resources = resources
diff-section-assumptions = assumptions
diff-list-personas = persona
diff-list-objectives = objective
diff-list-pillars = pillar
diff-list-messages = message
diff-list-always_on = always-on presence
diff-list-operations = operation
diff-list-platforms = network
diff-list-tools = tool
diff-list-kpis = KPI
diff-list-custom_kpis = own KPI
diff-list-custom_networks = own network
diff-list-team = team member
diff-list-outsourcing = provider
diff-list-training = training
diff-list-milestones = milestone
diff-subject-item = { $noun } `{ $id }`
diff-subject-index = { $noun } #{ $index }
diff-added = { $subject } added
diff-added-named = { $subject } added ({ $value })
diff-removed = { $subject } removed
diff-removed-named = { $subject } removed ({ $value })
diff-moved = { $subject } moved from position { $from } to { $to }
diff-field-added = { $subject }: { $field } set to { $value }
diff-field-removed = { $subject }: { $field } removed (was { $value })
diff-field-changed = { $subject }: { $field } { $old } → { $new }
diff-changed = { $subject }: { $old } → { $new }
diff-separator = {"; "}
diff-no-change = no change

# The monthly review (document/review.rs)
review-title = Monthly review, { $month }: { $name }
review-glance = The month at a glance
review-glance-intro = Where each objective stands on { $date }, read from the figures imported.
review-glance-line = { $objective }: { $status }
review-no-objective = The strategy has no objective yet.
review-objectives = The objectives
review-status = Status
review-kpi = KPI
review-actual = Measured
review-expected = Expected by then
review-target = Target
review-target-by = { $target } by { $deadline }
review-forecast = Forecast
review-forecast-value = about { $value } (between { $low } and { $high }), from { $periods } periods
review-chart-description = { $kpi } measured ({ $measured }) against the path expected to reach { $target } by { $deadline }.
review-legend-actual = measured
review-legend-expected = expected
review-legend-target = target
review-legend-forecast = forecast
review-execution = Plan against published
review-execution-intro = Posts published out of the posts the editorial calendar planned, per network, for each week of the month.
review-no-weeks = No week of this month to show.
review-week = Week
review-week-label = Week of { $day }
review-not-imported = not imported
review-published-of = { $published } of { $planned }
review-execution-caption = Posts published out of posts planned
format-untold = format not given
review-formats-intro = Each network's posts by format, over the same weeks, as far as its exports give each post's type.
review-formats-caption = Formats planned and published
review-network = Network
review-format = Format
review-format-not-told = not told
review-operations-caption = The month's operations
review-operation = Operation
review-dates = Dates
review-planned = Planned
review-published = Published
review-findings = What to adjust
review-no-findings = Nothing to adjust this month.
review-decisions = Decisions taken
review-decisions-unknown = No record of the changes made to the strategy comes with this review.
review-no-decisions = No change to the strategy was saved this month.
review-no-comment = a new version, without a comment
calendar-review-results = Where each objective stands: { $url }
review-best = The month's best posts
review-best-caption = For “{ $objective }”, ranked by “{ $metric }”
review-best-date = Published
review-best-network = Network
review-best-post = Post
review-best-no-text = (no text)
review-best-none = No post of the month carries the figures the objectives are read by.
