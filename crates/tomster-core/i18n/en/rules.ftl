# The checker's rules, in English: rule-CODE-title, -message, -hint, -advice and -explanation.
#
# The title, the message and the advice are shown to clients in the strategy document: they
# name things by their names and say nothing of the file (no field, syntax, command or id).
# The hint is for whoever edits the file and may name fields.
# Severity and step are in ../../rules.toml.

rule-T001-title = No persona
rule-T001-message = The strategy has no persona: nobody is defined to talk to.
rule-T001-hint = Add a `[[personas]]` entry with `id`, `name`, `segment` and `age`, then its `goals` and `pain_points`.
rule-T001-advice = Describe at least one person the strategy speaks to: who they are, their age, what they want and what holds them back.
rule-T001-explanation =
    Target is the first step of TOMSTER because every later answer is chosen for someone: the
    objectives say what should change in a persona's behaviour, the messages speak to a persona at a
    stage of their journey, and the networks are chosen where the personas really are. Without a
    persona, Tomster cannot estimate which networks fit, which messages are missing or whether an
    objective is aimed at anyone. Describe one to three personas: who they are (segment, age,
    occupation or industry), what they want and what bothers them, the questions and objections they
    have before buying. For example: `id = "shop-owner"`, `segment = "b2b"`,
    `age = {"{"} min = 35, max = 55 {"}"}`, `industry = "retail"`.

rule-T002-title = Persona without segment or age
rule-T002-message = Persona “{ $persona }” has no { $missing ->
        [segment] segment
        [age] age range
       *[both] segment and no age range
    }: the network recommendations for it will be weak.
rule-T002-hint = Add `segment = "b2c"` (or `"b2b"`) and an age range such as `age = {"{"} min = 25, max = 44 {"}"}` to the persona.
rule-T002-advice = { $missing ->
        [age] Give an approximate age range for “{ $persona }”
        [segment] Say whether “{ $persona }” buys as a consumer or for a company, or uses a public service
       *[both] Say whether “{ $persona }” buys as a consumer or for a company, or uses a public service, and give an approximate age range
    }: the choice of networks depends on it.
rule-T002-explanation =
    Tomster estimates how well each network reaches a persona from published audience figures, and
    those figures depend heavily on age: Instagram is used by 78% of US adults aged 18-29 but by 15%
    of those aged 65 and over, Snapchat by 65% against 4% (Pew Research Center, 2023). Without an age
    range, the figure for all adults is used and the estimate becomes vague. The segment decides how
    much a network's purpose counts: for a B2B persona LinkedIn weighs most, for a B2C persona the
    consumer networks do; a persona without segment is treated as B2C. Give both, even as a rough
    range: `segment = "b2b"`, `age = {"{"} min = 30, max = 50 {"}"}`.

rule-T003-title = Age range upside down
rule-T003-message = Persona “{ $persona }” has an age range from { $min } to { $max }: the minimum is above the maximum.
rule-T003-hint = Swap the two values if they were inverted: `age = {"{"} min = { $max }, max = { $min } {"}"}`.
rule-T003-advice = Correct the age range of “{ $persona }”: the two ages were probably swapped, and it should run from { $max } to { $min }.
rule-T003-explanation =
    The age range drives the network fit: Tomster averages, over each year of the range, the published
    usage figure of the age band that contains it. A range whose minimum is above its maximum holds no
    year at all, so no estimate can be made and the persona's network recommendations are meaningless.
    It is almost always a typing slip: the two values were swapped. Write the youngest age first, for
    example `age = {"{"} min = 25, max = 40 {"}"}`.

rule-T004-title = Stage mix does not add up to 100%
rule-T004-message = The spread of persona “{ $persona }” over the buying journey adds up to { $total }, not 100%.
rule-T004-hint = Adjust `stage_mix` so that `awareness`, `consideration`, `decision` and `retention` add up to 1 (for example 0.5, 0.3, 0.15 and 0.05).
rule-T004-advice = Review how the people of “{ $persona }” are spread over the buying journey (discovering you, comparing, ready to buy, already customers) so that the shares add up to 100%.
rule-T004-explanation =
    The stage mix says how the people of a persona are spread over the buyer's journey: how many are
    discovering you (awareness), comparing (consideration), ready to buy (decision) or already
    customers (retention). Tomster uses it to check that every stage weighing 10% or more has a
    message (rule M002). Shares are written from 0 to 1 (0.4 is 40%) and must add up to 1, within
    about one point. A mix that adds up to more or less than 100% usually means a stage was forgotten
    or a figure was typed as a percentage (40 instead of 0.4).

rule-T005-title = Persona without goals or pain points
rule-T005-message = Persona “{ $persona }” has neither goals nor pain points.
rule-T005-hint = Add `goals = ["..."]` and `pain_points = ["..."]` to the persona: what they want to achieve, and what stands in their way.
rule-T005-advice = Write down, in their own words, two or three things “{ $persona }” wants to achieve and two or three things that stand in their way.
rule-T005-explanation =
    A persona is more than an age and a segment: what makes a message land is that it answers what
    the person wants or removes what bothers them. Without goals or pain points, key messages tend to
    talk about the company instead of the customer, and content pillars are picked by habit. Write two
    or three of each, in the persona's own words. For example, for a bakery owner: goal "fill the
    quiet afternoon hours", pain point "no time to post every day".

rule-T006-title = B2B persona without industry or company size
rule-T006-message = B2B persona “{ $persona }” has no industry or no company size.
rule-T006-hint = Add `industry = "..."` and `company_size = "11-50"` (one of 1-10, 11-50, 51-250, 251-1000, 1000+) to the persona.
rule-T006-advice = Say which industry the company of “{ $persona }” works in and roughly how many people it employs: both shape how long the purchase takes and which proof convinces.
rule-T006-explanation =
    In B2B, the buyer's company shapes the whole journey. The industry gives the vocabulary, the events
    and the proof points that convince (a case study from the same sector), while the company size
    tells how long the buying cycle is and how many people take part in the decision: a freelancer
    decides alone in a day, a purchasing department of a 1000+ company takes months. Without them,
    messages stay generic and the decision-stage content misses its mark. Fill both fields, even
    approximately.

rule-T007-title = Persona without questions or objections
rule-T007-message = Persona “{ $persona }” has neither questions nor objections.
rule-T007-hint = Add `questions = ["..."]` and `objections = ["..."]` to the persona: what they ask before buying, and what holds them back.
rule-T007-advice = List the questions “{ $persona }” asks before buying and the objections that hold them back; sales staff and customer service hear them every day.
rule-T007-explanation =
    Questions and objections are the raw material of the middle and bottom of the funnel. Questions
    feed consideration content (tutorials, guides, webinars, FAQs); objections feed decision content
    (testimonials, comparisons, pricing pages, trials). They also prepare the community manager's
    answers to comments and private messages. Collect them from sales staff, customer service and
    comments on your posts or on competitors'.

rule-O001-title = No objective
rule-O001-message = The strategy has no objective: nothing says why you are on social media, nor how much you expect.
rule-O001-hint = Add an `[[objectives]]` entry with `id`, `kind`, `kpi`, `baseline`, `target` and `deadline`.
rule-O001-advice = Set at least one objective: what should change thanks to social media, the figure that will prove it, its value today, the level to reach and by when.
rule-O001-explanation =
    Many businesses go onto social media because everyone else does, post for a few months, see no
    results and give up. The Objectives step answers why you are there and how much you expect, in
    terms that can be checked later: SMART objectives (Doran, 1981: specific, measurable, assignable,
    realistic, time-related). Every other step is then judged against them: the messages that serve
    them, the KPIs that prove them, the resources they justify. For example: kind `leads`, KPI `cpl`
    or `leads`, from 10 to 40 leads a month on LinkedIn by 2027-06-30.

rule-O002-title = Objective without a KPI
rule-O002-message = Objective “{ $objective }” has no KPI: it cannot be measured.
rule-O002-hint = Add `kpi = "..."` to the objective, with a KPI id from the catalogue (`tomster recommend` suggests some).
rule-O002-advice = Choose the figure that will show whether “{ $objective }” is reached, such as reach for awareness, the number of leads for prospecting or the cost per acquisition for sales.
rule-O002-explanation =
    An objective is only useful if someone can tell, at the deadline and along the way, whether it is
    being reached. The KPI is the figure that proves it: reach or share of voice for awareness,
    engagement rate for engagement, CTR or sessions from social for traffic, conversion rate or cost
    per lead for leads, CPA or ROAS for sales, response time or sentiment for customer service.
    Without a KPI, the objective cannot have a target, cannot be followed on the dashboard and
    cannot be reviewed. Pick one KPI per objective from the catalogue; `tomster recommend` lists the
    usual ones for each kind of objective.

rule-O003-title = Objective without a target
rule-O003-message = Objective “{ $objective }” has no target value: nobody can tell when it is reached.
rule-O003-hint = Add `target = ...` to the objective, in the unit of its KPI (a count, a percentage such as 2.5 for 2.5%, or an amount).
rule-O003-advice = Say which value the KPI of “{ $objective }” should reach by the deadline.
rule-O003-explanation =
    "Grow our community" is a wish; "reach 2,000 LinkedIn followers" is an objective. The target is
    what makes an objective measurable: Tomster compares it with the baseline to check the direction
    and the realism of the ambition, and the results dashboard compares the actual value with it to
    show the pace needed, a forecast at the deadline and whether the objective is on track. Without
    a target, none of this is possible and the review meetings have nothing to decide on. Write the
    value you want at the deadline, in the KPI's unit.

rule-O004-title = Objective without a deadline
rule-O004-message = Objective “{ $objective }” has no deadline.
rule-O004-hint = Add `deadline = 2027-06-30` (a date within the strategy's period) to the objective.
rule-O004-advice = Give “{ $objective }” a date, within the strategy's period, by which it should be reached.
rule-O004-explanation =
    SMART objectives are time-related: without a date, a target can always be reached "later" and
    never becomes urgent. The deadline gives the pace needed (how much the KPI must move each month),
    lets the dashboard forecast the value at the deadline and flag an objective at risk early, and
    lets Tomster check that the growth asked for is realistic (rule O009). Choose a date within the
    strategy's period; intermediate milestones can go in `resources.milestones`.

rule-O005-title = Deadline outside the strategy period
rule-O005-message = Objective “{ $objective }” is due on { $deadline }, outside the strategy period ({ $start } to { $end }).
rule-O005-hint = Set the objective's `deadline` between { $start } and { $end }, or change `strategy.start` or `strategy.end`.
rule-O005-advice = Move the deadline of “{ $objective }” between { $start } and { $end }, or extend the strategy's period and plan the budget and hours of the extra months.
rule-O005-explanation =
    The strategy's period frames everything else: the always-on calendar, the operations, the monthly
    costs and the workload are planned between its start and its end. An objective due after the end
    relies on months nobody has planned or budgeted; one due before the start cannot be reached by
    this plan at all. Either move the deadline into the period, or extend the period if the plan is
    really meant to run longer, and check the budget and the team's hours for the extra months.

rule-O006-title = Target equal to the baseline
rule-O006-message = Objective “{ $objective }” aims at { $target }, which is already its baseline: it asks for no change.
rule-O006-hint = Set `target` to the value you want to reach, or correct `baseline` if it was copied from the target.
rule-O006-advice = Measure where the KPI of “{ $objective }” stands today, then set a target that asks for real progress.
rule-O006-explanation =
    An objective exists to move a figure. When the target equals the baseline, the objective is
    reached on the first day, the dashboard shows it on track whatever happens, and it justifies no
    effort or budget. This is usually a copy-and-paste slip, or a baseline that was never measured.
    Measure the current value of the KPI in the network's analytics and set the target you want at
    the deadline. If the real aim is to hold a level (a response time, a sentiment score), say so in
    the `statement` and set a target that is at least slightly better.

rule-O007-title = Target moves the wrong way
rule-O007-message = Objective “{ $objective }” moves “{ $kpi }” from { $baseline } to { $target }, the wrong way for this KPI.
rule-O007-hint = Check `baseline` and `target`: they may be swapped, or “{ $kpi }” may not be the KPI you meant.
rule-O007-advice = Check the starting value and the target of “{ $objective }”: they may be swapped, or “{ $kpi }” may not be the KPI that was meant.
rule-O007-explanation =
    Most KPIs are better when they go up, but some are better when they go down: response time, and
    the costs of paid media (CPC, CPM, CPL, CPA). An objective that raises the cost per lead from 12
    to 20 plans to pay more for each lead, and one that lowers the reach plans to be seen less. This
    is usually a baseline and a target written the wrong way round, or a KPI picked by mistake (cost
    per click where clicks were meant). Tomster checks the realism of the target only once its
    direction is right.

rule-O008-title = Engagement target far above the benchmarks
rule-O008-message = Objective “{ $objective }” aims at an engagement rate of { $target }, more than 3 times the best published benchmark for “{ $method }” ({ $statistic } of { $benchmark } on { $platform }, { $source }), and well above its own baseline.
rule-O008-hint = Aim for at most { $ceiling }, or check that the KPI's method (per follower, per reach or per impression) is the one your target was computed with.
rule-O008-advice = Aim for at most { $ceiling } for “{ $objective }”, and raise the target at a review if the results allow it.
rule-O008-explanation =
    Engagement rates are divided by different things (followers, reach or impressions) and the
    results differ 10 to 100 times for the same network: Rival IQ's 2023 median per follower for
    Facebook is 0.06%, Buffer's 2025 median per impression is 5.07%. Tomster therefore compares a
    target only with benchmarks of the same method, on the objective's networks, and warns when it is
    more than 3 times the best of them. Such a target is rarely met, and a team that misses its
    objective month after month tends to give up on the plan. Check that the target is written in
    percent (2.5 means 2.5%) with the same method as the KPI, then aim close to the benchmark and
    raise the target at a review if the results allow it.

rule-O009-title = Growth target too steep
rule-O009-message = Objective “{ $objective }” needs its figure multiplied by { $multiple } in { $months } months, beyond the x{ $plausible } that sustained growth of x{ $ceiling } a month gives ({ $source }).
rule-O009-hint = Aim for about { $suggested } by the deadline, or set a later `deadline`; if a paid operation is meant to bring this growth, tie it to the objective in `[[operations]]` and budget it.
rule-O009-advice = Aim for about { $suggested } by the deadline of “{ $objective }”, allow more time, or budget a paid campaign able to bring this growth.
rule-O009-explanation =
    Counts such as followers, reach or leads can grow fast at first, but they rarely keep growing
    fast for long on organic posting. Tomster divides the target by the baseline and compares the
    result with the growth its knowledge base holds for plausible (an editable assumption: x1.5 a
    month sustained; small counts under 10 are counted from 10, as they grow by steps): going from 6
    to 3,000 leads in 10 months is a multiple of 300, where x1.5 a month gives about 58.
    Unrealistic targets discourage the team and lead to the plan being dropped early. Set a target
    you can defend, and raise it at a review if the first months go better than expected; a paid
    campaign can justify a steeper curve, but then its budget belongs in the plan.

rule-O010-title = Objective tied to no persona
rule-O010-message = Objective “{ $objective }” is linked to no persona.
rule-O010-hint = Add `personas = ["..."]` to the objective, with the ids of the personas it is about.
rule-O010-advice = Say which personas “{ $objective }” is about: whose behaviour should change.
rule-O010-explanation =
    In TOMSTER the objectives follow from the target: an objective says what should change for a
    given persona (know the brand, try the product, come back). An objective aimed at "everyone" is
    hard to turn into messages, networks and KPIs, because each persona is reached on different
    networks with different content. Linking objectives to personas also shows which personas have no
    objective at all, and may not need to be in the plan. List the persona ids the objective is about.

rule-O011-title = Objective without a kind
rule-O011-message = Objective “{ $objective }” has no kind.
rule-O011-hint = Add `kind = "..."` to the objective: awareness, engagement, traffic, leads, sales, retention, customer_service or employer_brand.
rule-O011-advice = Say what “{ $objective }” is for: awareness, engagement, traffic, leads, sales, retention, customer service or employer brand.
rule-O011-explanation =
    The kind says why the objective exists: to be known (awareness), to build a community
    (engagement), to bring visitors (traffic), to collect contacts (leads), to sell (sales), to keep
    customers (retention), to answer them (customer_service) or to recruit (employer_brand). Tomster
    uses it to check that the KPI really proves the objective (rule O014), to catch vanity metrics
    such as likes for a sales objective (rule E004) and to recommend KPIs. Choose the one kind that
    matches what the business expects; split an objective that serves two purposes into two.

rule-O012-title = Objective without a statement
rule-O012-message = Objective “{ $objective }” has no statement.
rule-O012-hint = Add `statement = "..."`: one plain sentence, such as "Get 40 qualified leads a month from LinkedIn by June 2027".
rule-O012-advice = Write objective “{ $objective }” as one plain sentence, such as “Get 40 qualified leads a month from LinkedIn by June 2027”.
rule-O012-explanation =
    The kind, KPI, target and deadline are for the checker and the dashboard; the statement is for
    people. It is what the client, the manager and the team read first in the strategy document, and
    what they remember. Writing it is also a check: if the sentence does not say the same thing as the
    figures, one of them is wrong. Keep it specific and short, with the figure and the date.

rule-O013-title = Target without a baseline
rule-O013-message = Objective “{ $objective }” has a target but no baseline.
rule-O013-hint = Add `baseline = ...`: the current value of the KPI (0 for a new account).
rule-O013-advice = Measure today's value of the KPI of “{ $objective }” (0 for a new account), so that progress can be judged.
rule-O013-explanation =
    A target says where you want to go; the baseline says where you start. Without it, nobody can tell
    whether the target is ambitious or already reached, Tomster cannot check its direction (rule O007)
    or its realism (rules O008 and O009), and the dashboard cannot compute the pace needed. Read the
    current value in the network's analytics before the strategy starts, over a comparable period,
    and write it down.

rule-O014-title = KPI unusual for the objective's kind
rule-O014-message = Objective “{ $objective }” ({ $kind }) is measured with “{ $kpi }”, which does not usually prove this kind of objective.
rule-O014-hint = Consider one of the usual KPIs for { $kind }: { $usual_ids }.
rule-O014-advice = Consider measuring “{ $objective }” with one of the usual KPIs for this kind of objective: { $usual }.
rule-O014-explanation =
    Each kind of objective has its usual proofs (after Hootsuite's funnel grouping): reach,
    impressions, audience growth and share of voice for awareness; engagement rate, conversation,
    amplification and applause for engagement; CTR, CPC and sessions from social for traffic;
    conversion rate and CPL for leads; CPA, ROAS, ROI and revenue from social for sales; response rate
    and time and sentiment for customer service and retention; LinkedIn follower growth, engagement
    and applications for employer brand. A KPI from another kind measures something real, but not this
    objective: a rising CTR does not show that more people know the brand. This is advice: if the
    choice is deliberate, keep it and explain it in the objective's `statement`.

rule-O015-title = Unknown KPI
rule-O015-message = The KPI “{ $kpi }” is neither in the catalogue nor defined by the strategy (nearest: { $nearest }).
rule-O015-hint = Use a catalogue KPI (nearest id: { $nearest_id }; `tomster explain O015` lists where to find them), or define your own in a `[[custom_kpis]]` entry with `id = "{ $kpi }"`, a `name` and a `unit`.
rule-O015-advice = Replace “{ $kpi }” with a KPI of the catalogue, or describe this indicator: its name, its unit and where its figure is read.
rule-O015-explanation =
    An objective is proved by a KPI, and Tomster knows a catalogue of them (reach, engagement rates,
    clicks, conversions, leads, cost per lead, repeat purchase rate...): each with its formula, its
    unit, which way is better, which objectives it proves and which networks report it. A business
    often measures something of its own as well: booked tastings, library registrations, qualified
    pipeline, repeat purchases in its till. Define such a metric once in `[[custom_kpis]]` (id, name,
    unit: count, percent, currency, minutes or ratio; direction up or down; definition; where the
    figure is read) and use its id like a catalogue one. An id that is neither is probably a typo:
    the message names the nearest known id. `tomster recommend` lists the catalogue KPIs that prove
    each objective.

rule-O016-title = Relative target without a baseline
rule-O016-message = Objective “{ $objective }” aims at a change from its baseline, but has no baseline.
rule-O016-hint = Add `baseline = ...`: the KPI's value today (0 for a new account), or write the target as the level to reach.
rule-O016-advice = Measure today's value of the KPI of “{ $objective }” (0 for a new account), or state the target as the level to reach.
rule-O016-explanation =
    A target can be written as the level to reach (`target = 1300`) or as a change from the baseline
    (`target = "+30 %"`). A change means nothing without its starting point: +30 % of an unknown
    figure cannot be tracked, forecast or judged realistic. Write today's value in `baseline`; Tomster
    then shows the level the change leads to everywhere the target appears.

rule-M001-title = Persona with no message
rule-M001-message = Persona “{ $persona }” has no message.
rule-M001-hint = Add a `[[messages]]` entry with `persona` set to this persona's id, a `stage` and a `key_message`.
rule-M001-advice = Write what the strategy says to “{ $persona }”: a key message for each stage of their journey that matters, from discovering you to buying again.
rule-M001-explanation =
    The Message step decides what you say to each persona at each stage of their journey. A persona
    with no message ends up receiving generic posts written for nobody in particular, and nothing in
    the plan says what should make them move from discovering you to buying. Write at least one
    message per persona, starting with the stage where most of them are. If no message comes to mind
    for a persona, ask whether it belongs in this strategy.

rule-M002-title = Stage of the journey without a message
rule-M002-message = { $share } of the people of persona “{ $persona }” are at the “{ $stage }” stage of the journey, but no message covers this stage.
rule-M002-hint = Add a `[[messages]]` entry for this persona with `stage = "{ $stage_id }"`.
rule-M002-advice = Write a key message for “{ $persona }” at the “{ $stage }” stage.
rule-M002-explanation =
    The stage mix estimates where a persona's people are in their journey; every stage that weighs
    10% or more deserves its own message, because each stage needs different content. Awareness calls
    for posts, guides, infographics and short videos; consideration for case studies, white papers,
    webinars and tutorials; decision for demos, trials, testimonials, pricing and comparison pages;
    retention for onboarding and community content. A plan that only speaks to newcomers loses the
    people who are ready to buy, and the reverse. Add a message for the missing stage, or correct the
    stage mix if it does not reflect reality.

rule-M003-title = Decision message without a call to action
rule-M003-message = The decision-stage message for persona “{ $persona }” has no call to action.
rule-M003-hint = Add `call_to_action = "..."` to the message, such as "Book a demo" or "Ask for a quote".
rule-M003-advice = End the decision-stage message for “{ $persona }” with a clear call to action, such as “Book a demo” or “Ask for a quote”.
rule-M003-explanation =
    At the decision stage the persona is ready to act: this is the Action of AIDA. A message that
    convinces but does not say what to do next leaves the decision to chance, and the traffic, leads
    or sales it brings cannot be measured. Give one clear action per message, tied to the objective's
    KPI: a demo booked, a quote requested, a trial started, a purchase. Send it to a page you own, so
    the conversion can be counted.

rule-M004-title = Pillar shares do not add up to 100%
rule-M004-message = The shares of the content pillars add up to { $total }, not 100%.
rule-M004-hint = Adjust `share` on each `[[pillars]]` entry so that they add up to 1 (for example 0.4, 0.35 and 0.25); a pillar without `share` counts as 0.
rule-M004-advice = Adjust the shares of the content pillars so that together they make 100% of the posts.
rule-M004-explanation =
    Content pillars are the recurring themes of your posts, and their shares say how the posts are
    divided between them: for example 40% expertise, 35% behind the scenes, 25% offers. The shares are
    the default pillar mix of every always-on network and drive the editorial calendar. If they do
    not add up to 100%, the calendar cannot divide the posts as intended and some themes get more or
    less room than decided. Shares are written from 0 to 1 (0.4 is 40%).

rule-M005-title = Message without a key message
rule-M005-message = The message for persona “{ $persona }” at the “{ $stage }” stage has no key message.
rule-M005-hint = Add `key_message = "..."`: the one idea this persona should remember at this stage.
rule-M005-advice = Write the one idea “{ $persona }” should remember at the “{ $stage }” stage.
rule-M005-explanation =
    The key message is the heart of a message entry: the one idea the persona should take away at this
    stage, which every post, video or ad of that cell repeats in its own way. Without it, the entry
    lists formats and calls to action with nothing to say, and each post is improvised. Write it in
    one sentence, in the persona's terms, answering one of their goals, pain points or objections.

rule-M006-title = No content pillars
rule-M006-message = The strategy has no content pillars.
rule-M006-hint = Add three to five `[[pillars]]` entries with `id`, `name` and `share`, and list them in each message's `pillars`.
rule-M006-advice = Choose three to five recurring themes for the posts (behind the scenes, advice, customer stories…) and the share of the posts each one takes.
rule-M006-explanation =
    Content pillars are the few themes the brand keeps coming back to, such as expertise, behind the
    scenes, customers' stories and offers. They keep the posts consistent over months, make the
    editorial calendar quick to fill, and stop the account from drifting into posting anything or
    only promotions. Choose three to five pillars that serve your messages, give each a share of the
    posts, and tag each message with its pillars.

rule-M007-title = Message without proof points
rule-M007-message = The message for persona “{ $persona }” at the “{ $stage }” stage has no proof points.
rule-M007-hint = Add `proof_points = ["..."]`: figures, customer cases, testimonials or labels that back the key message.
rule-M007-advice = Back the “{ $stage }” message for “{ $persona }” with proof: figures, customer cases, testimonials or labels.
rule-M007-explanation =
    At the consideration and decision stages the persona compares offers, and claims without evidence
    do not hold. Proof points are what backs the key message: a figure, a customer case, a testimonial,
    a certification, a comparison. They become the case studies, white papers, testimonials and
    comparison pages that typically serve these stages. List the ones you have; if you have none,
    collecting them is the first task.

rule-M008-title = AIDA step unusual for the stage
rule-M008-message = The message for persona “{ $persona }” at the “{ $stage }” stage uses the AIDA step “{ $aida }”; this stage usually calls for: { $expected }.
rule-M008-hint = Set `aida` to one of: { $expected_ids }; or move the message to the `stage` that matches `{ $aida_id }`.
rule-M008-advice = Rework the “{ $stage }” message for “{ $persona }” so that it aims for: { $expected }; or move it to the stage of the journey that matches “{ $aida }”.
rule-M008-explanation =
    AIDA (Attention, Interest, Desire, Action, usually credited to E. St. Elmo Lewis, 1898) describes
    what a message must do at each point of the journey. Awareness messages catch attention;
    consideration messages build interest and desire; decision messages turn desire into action;
    retention messages keep interest, desire and repeat actions alive. A mismatch, such as asking for
    a purchase (action) from people who have just discovered the brand, usually means the message is
    pushing too early or too late. This is advice: a deliberate exception is fine.

rule-M009-title = Content type no chosen network supports
rule-M009-message = A message for persona “{ $persona }” plans “{ $format }” content, which none of the chosen networks supports.
rule-M009-hint = Replace `{ $format_id }` in the message's `content_types`, or choose in `[[platforms]]` a network that supports it.
rule-M009-advice = Replace the “{ $format }” content planned for “{ $persona }” with a format the chosen networks offer, or choose a network that offers it.
rule-M009-explanation =
    Each network publishes only some formats: articles and documents are LinkedIn formats, stories
    exist on Facebook, Instagram and Snapchat, long videos on YouTube, Facebook and Twitch. A message
    planned as a format that none of your networks accepts cannot be published as written, and the
    time set aside to produce it is lost. Either adapt the content to a format your networks support,
    or, if the format matters for this persona, choose a network that carries it and where the
    persona is.

rule-M010-title = Pillar used by no message
rule-M010-message = Content pillar “{ $pillar }” is used by no message.
rule-M010-hint = Add the pillar's id to the `pillars` list of the messages that belong to it, or remove the pillar.
rule-M010-advice = Carry the pillar “{ $pillar }” in at least one message, or drop it from the strategy.
rule-M010-explanation =
    A pillar takes a share of the posts in the calendar, so it should carry something you want to say
    to a persona. A pillar that no message uses is a theme with no purpose in the plan: its posts will
    be filled with whatever comes to mind. Tag the messages that belong to the pillar, or drop the
    pillar and give its share to the others.

rule-M011-title = Message without a stage
rule-M011-message = A message for persona “{ $persona }” has no stage of the journey.
rule-M011-hint = Add `stage = "..."` to the message: awareness, consideration, decision or retention.
rule-M011-advice = Say at which stage of the journey this message speaks to “{ $persona }”: discovering you, comparing, deciding or coming back.
rule-M011-explanation =
    The message matrix crosses personas with the stages of the buyer's journey: awareness,
    consideration, decision, then retention. A message without a stage cannot be placed in that
    matrix, so Tomster cannot tell which stages are covered (rule M002), whether a decision message has
    a call to action (rule M003) or whether its AIDA step fits. Say at which stage the persona should
    receive this message.

rule-S001-title = Strategy ends before it starts
rule-S001-message = The strategy ends on { $end }, before it starts on { $start }.
rule-S001-hint = Correct `strategy.start` or `strategy.end`: they may be swapped.
rule-S001-advice = Correct the dates of the strategy: the start and the end may have been swapped.
rule-S001-explanation =
    The strategy's period frames the whole plan: objectives' deadlines, operations' dates, the
    editorial calendar, monthly costs and the workload are all computed between its start and its
    end. A period that ends before it starts contains no day, so none of these can be computed and
    every dated entry looks out of place. It is usually a slip in one of the two dates.

rule-S002-title = No always-on presence
rule-S002-message = The strategy has no always-on presence: no network has a regular posting plan.
rule-S002-hint = Add an `[[always_on]]` entry per network, with `platform` and `posts_per_week` (for example `platform = "linkedin"`, `posts_per_week = 3`).
rule-S002-advice = Plan a regular presence on at least one network: how many posts a week, and in which formats.
rule-S002-explanation =
    In TOMSTER the Strategy step combines an everyday, always-on presence with punctual operations
    (ads, influencers, contests, events). Operations alone create spikes of attention followed by
    silence, and the audience they bring finds an empty account. The always-on plan, network by
    network, is also what the editorial calendar, the workload and the tool needs are computed from.
    Start with a sustainable cadence on the networks where your personas are, and add operations on
    top.

rule-S003-title = Operation outside the strategy period
rule-S003-message = Operation “{ $operation }” runs from { $from } to { $to }, which does not fit in the strategy period ({ $start } to { $end }).
rule-S003-hint = Move the operation's `start` and `end` between { $start } and { $end }, or extend `strategy.start` or `strategy.end`.
rule-S003-advice = Move “{ $operation }” between { $start } and { $end }, or extend the strategy's period.
rule-S003-explanation =
    Operations are planned, costed and staffed within the strategy's period. The part of an operation
    that falls outside it is missing from the editorial calendar, its weeks of extra work are not in
    the workload, and its cost may not be in the budget. Either bring the operation inside the period,
    or extend the period, and then check the budget and the team's hours again.

rule-S004-title = Operation tied to no objective
rule-S004-message = Operation “{ $operation }” serves no objective.
rule-S004-hint = Add `objectives = ["..."]` to the operation, with the ids of the objectives it serves.
rule-S004-advice = Say which objectives “{ $operation }” serves, or ask whether it is worth its cost.
rule-S004-explanation =
    Punctual operations (search ads, paid social, influencers, contests, events) cost money and bring
    peaks of work. Tied to an objective, they are judged by its KPI: a contest meant for leads is a
    success only if it brings leads. Tied to nothing, they are judged by feel, and a contest that
    brings a thousand followers who never buy looks like a success. Say which objectives each
    operation serves; if it serves none, question it.

rule-S005-title = No owned media
rule-S005-message = The strategy names no website, blog or newsletter for the networks to lead to.
rule-S005-hint = Add `website = "https://..."` (or `blog`, `newsletter`) to the `[strategy]` table.
rule-S005-advice = Name the website, blog or newsletter the posts should lead people to: the places where you own the contact.
rule-S005-explanation =
    TOMSTER sees social media as part of an ecosystem tied to the website and the rest of digital
    marketing. Networks are rented ground: their rules and their reach change without notice, and the
    audience belongs to them. Traffic, leads and sales objectives need a page you own where visitors
    arrive, convert and can be counted (sessions from social, conversion rate). Name the website, blog
    or newsletter the posts lead to; if there is none yet, building one may come before the networks.

rule-S006-title = Network with no posts
rule-S006-message = The always-on presence on { $platform } plans no posts.
rule-S006-hint = Set `posts_per_week` (or a `formats` mix) on this `[[always_on]]` entry, or remove the entry; Tomster's default on { $platform } is { $default } a week, and published advice ranges from { $min } to { $max } ({ $source }).
rule-S006-advice = Decide how many times a week to post on { $platform }, or leave this network aside.
rule-S006-explanation =
    An always-on entry with no posts declares a presence that nothing feeds: no post appears in the
    calendar, no hours are counted in the workload, yet the network looks covered. An inactive account
    often does more harm than none, as visitors see a brand that has stopped talking. Set a cadence
    the team can hold, such as the brands' medians of about 5 posts a week on Facebook and 4.5 on
    Instagram (Rival IQ, 2023), or drop the network.

rule-S007-title = Formats mix does not match the cadence
rule-S007-message = On { $platform }, the posts planned by format add up to { $formats } a week, but the weekly posting rhythm is { $cadence }.
rule-S007-hint = Make the numbers in `formats` add up to `posts_per_week`, or remove `posts_per_week` so that the formats mix sets the cadence.
rule-S007-advice = Make the posts planned by format on { $platform } add up to the weekly posting rhythm, or adjust the rhythm.
rule-S007-explanation =
    The formats mix says how many posts of each format go out each week, and the workload is computed
    from it, because formats take very different times to produce (the default assumptions are 20
    minutes for a text post and 2 hours for a short video). When the mix does not add up to the
    declared cadence, the calendar, the workload and the cadence checks disagree on how much you
    publish: posts missing from the mix are costed as single images, and extra ones are produced but
    not counted in the cadence. Make the two agree.

rule-S008-title = Format the network does not support
rule-S008-message = { $platform } does not support the format “{ $format }”.
rule-S008-hint = Use in `formats` one of the formats { $platform } supports: { $supported_ids }.
rule-S008-advice = On { $platform }, replace “{ $format }” with one of the formats it offers: { $supported }.
rule-S008-explanation =
    Each network publishes only some formats: Instagram has no text-only posts, TikTok has no
    articles, only LinkedIn has documents and articles. Posts planned in a format the network does not
    accept cannot be published as planned, and the hours counted to produce them are wrong. Move
    those posts to a format the network supports, keeping the total number of posts per week.

rule-S009-title = Operation ends before it starts
rule-S009-message = Operation “{ $operation }” ends on { $end }, before it starts on { $start }.
rule-S009-hint = Correct the operation's `start` or `end`: they may be swapped.
rule-S009-advice = Correct the dates of “{ $operation }”: its start and end may have been swapped.
rule-S009-explanation =
    An operation's dates place its extra work in the weekly workload, its cost in the monthly budget
    and its posts in the calendar. An operation that ends before it starts covers no week at all, so
    its work and cost disappear from the plan while it still appears in the document. It is almost
    always a slip in one of the two dates.

rule-S010-title = Cadence above the usual range
rule-S010-message = { $cadence } posts a week on { $platform } is above the upper end of the usual range ({ $max } a week; source: { $source }).
rule-S010-hint = Lower `posts_per_week` to { $max } or less, unless your own results show that more posts pay off.
rule-S010-advice = Post at most { $max } times a week on { $platform }, unless your own results show that posting more pays off.
rule-S010-explanation =
    Posting recommendations conflict: Hootsuite (2023) suggests 3 to 7 posts a week on Instagram and
    1 to 2 a day on Facebook, while HubSpot (around 2015) found that Facebook pages under 10,000
    followers got 50% fewer clicks per post above one post a day. Above the usual range, each post
    costs production and community time and often reaches fewer people. These figures are defaults
    with their source shown, not laws: if your own results show that a higher cadence pays off, keep
    it.

rule-S011-title = Operation without dates
rule-S011-message = Operation “{ $operation }” has no start date or no end date.
rule-S011-hint = Add `start = 2027-03-01` and `end = 2027-03-31` to the operation.
rule-S011-advice = Give “{ $operation }” a start date and an end date.
rule-S011-explanation =
    Without both dates, an operation floats outside the plan. Tomster cannot place its extra hours in
    the weeks it runs, so peak weeks above the team's capacity go unnoticed (rule R007); it cannot
    check the operation against the strategy's period either, and the operation does not appear in
    the editorial calendar. Give the dates even if they are provisional; they can be moved later.

rule-S012-title = Pillar mix of a network does not add up to 100%
rule-S012-message = On { $platform }, the shares of the content pillars add up to { $total }, not 100%.
rule-S012-hint = Adjust the shares in this entry's `pillars` table so that they add up to 1, or remove the table to use the pillars' own shares.
rule-S012-advice = Adjust the share of each content pillar on { $platform } so that they make 100%, or use the strategy's overall shares.
rule-S012-explanation =
    A network can divide its posts between the content pillars differently from the strategy's
    default, for example more expertise on LinkedIn and more behind the scenes on Instagram. That mix
    is written as shares from 0 to 1 and must add up to 1, otherwise the calendar cannot split the
    network's posts between the pillars as intended. Correct the shares, or remove the network's
    `pillars` table to use the shares set in `[[pillars]]`.

rule-S013-title = Alcohol: the Loi Évin applies
rule-S013-message = The strategy promotes alcohol in France: online advertising is allowed only outside services aimed at young people, and its content is limited to objective information ({ $reference }).
rule-S013-hint = Keep every post to objective information (origin, composition, strength, how it is made and tasted), carry the health warning "L'abus d'alcool est dangereux pour la santé", and never aim at young people. This is not legal advice: have the plan checked by a lawyer.
rule-S013-advice = Keep every post to objective information about the product (origin, composition, strength, how it is made and tasted), carry the health warning “L'abus d'alcool est dangereux pour la santé”, never address young people, and have the plan checked by a lawyer.
rule-S013-explanation =
    In France, alcohol advertising is allowed only on the media the law lists. Since 2009 (law
    no. 2009-879, art. 97), Public Health Code art. L3323-2, 9° allows it on online services, except
    those that, by their character, presentation or purpose, appear mainly aimed at young people, and
    those of sports associations and leagues; it must be neither intrusive nor interstitial. Art.
    L3323-4 limits what the advertising may show to objective information about the product (such as
    its strength, origin, composition and how it is made) and requires the health warning "L'abus
    d'alcool est dangereux pour la santé". Influencers paid to promote alcohol are bound by the same
    rules. Tomster flags the sector so that every post, operation and influencer brief is written
    within these limits. This is not legal advice: have the plan checked by a lawyer.

rule-S014-title = Paid operation aimed at minors in a regulated sector
rule-S014-message = Operation “{ $operation }” is paid advertising or influence for { $sector }, aimed at persona “{ $persona }”, whose age range includes people under 18 ({ $reference }).
rule-S014-hint = Aim the operation at adult personas only (its `personas`, or the personas of its objectives), or remove it. This is not legal advice: have the plan checked by a lawyer.
rule-S014-advice = Aim “{ $operation }” at adult personas only, or drop it, and have the plan checked by a lawyer.
rule-S014-explanation =
    Advertising a regulated product to minors is what these laws most clearly forbid: in France the
    Loi Évin excludes alcohol advertising from services aimed at young people, and across the EU the
    Digital Services Act (art. 28(2)) bars platforms from showing ads based on profiling to users they
    know to be minors. A paid campaign or a paid influencer aimed at a persona under 18 in a regulated
    sector (alcohol, health products, financial services, gambling, food for children) therefore puts
    the brand at legal risk. An operation is aimed at the personas it names, else at those of its
    objectives, else at every persona of the strategy. This is not legal advice: have the plan checked
    by a lawyer.

rule-S015-title = Paid social aimed at minors: no profiling
rule-S015-message = Operation “{ $operation }” is paid social advertising aimed at persona “{ $persona }”, whose age range includes people under 18: platforms may not show minors ads based on profiling ({ $reference }).
rule-S015-hint = Plan the targeting on age and place only, without interests or behaviour, and expect a smaller, less precise reach. This is not legal advice: have the plan checked by a lawyer.
rule-S015-advice = Target “{ $operation }” on age and place only, without interests or behaviour, expect a smaller and less precise reach, and have the plan checked by a lawyer.
rule-S015-explanation =
    Since 17 February 2024, art. 28(2) of the EU Digital Services Act forbids online platforms to
    present advertisements based on profiling (as the GDPR defines it) to users they know with
    reasonable certainty to be minors. Meta, TikTok, Snapchat and the other platforms therefore let
    advertisers target under-18s by age and location only. A paid social operation aimed at teenagers
    must be planned with that targeting, and its expected results adjusted. This is not legal advice:
    have the plan checked by a lawyer.

rule-S016-title = Influencer operation: the French influencer law applies
rule-S016-message = Operation “{ $operation }” pays influencers in France: their posts must show their commercial intent ({ $reference }).
rule-S016-hint = Write into every brief the mention "Publicité" or "Collaboration commerciale" (where the commercial intent is not already clear), the labels "Images retouchées" or "Images virtuelles" where they apply, and the products influencers may not promote. This is not legal advice: have the plan checked by a lawyer.
rule-S016-advice = Require in every brief of “{ $operation }” the mention “Publicité” or “Collaboration commerciale”, the labels for retouched or virtual images where they apply, and the list of products influencers may not promote; have the plan checked by a lawyer.
rule-S016-explanation =
    French law no. 2023-451 of 9 June 2023 governs people who, for payment, use their audience to
    promote goods, services or causes online. As amended by the ordonnance of 6 November 2024, a post
    must carry a mention such as "Publicité" or "Collaboration commerciale" when its commercial intent
    is not clear from the context; retouched or AI-generated faces and bodies must be labelled "Images
    retouchées" or "Images virtuelles". Some promotions are banned outright (cosmetic surgery and
    medicines, certain financial products including crypto-assets, sports-betting tips subscriptions,
    nicotine products), and gambling may be promoted only on platforms able to exclude minors. Breaches
    carry up to two years' imprisonment and a €300,000 fine. The brand that pays shares the
    responsibility, so the brief must say all this. This is not legal advice: have the plan checked by
    a lawyer.

rule-S017-title = Health products: medical advertising rules apply
rule-S017-message = The strategy promotes health products in France: advertising medicines and medical devices to the public is restricted, and on open social networks device ads need sharing and comments turned off ({ $reference }).
rule-S017-hint = List which products may be advertised to the public (not reimbursed class IIb and III devices, not prescription medicines), plan posts with sharing and comments off where the charter asks it, and check whether a prior ANSM authorisation is needed. This is not legal advice: have the plan checked by a lawyer.
rule-S017-advice = List which products may be advertised to the public, plan posts with sharing and comments turned off where the rules require it, check whether a prior authorisation from the ANSM is needed, and have the plan checked by a lawyer.
rule-S017-explanation =
    In France, advertising medicines (Public Health Code art. L5122-1 to L5122-16) and medical devices
    (L5213-1 to L5213-7) to the public is tightly framed: devices that are reimbursed and of class IIb
    or III may not be advertised to the public, and devices on a list set by order need a prior ANSM
    authorisation. The ANSM charter on promoting health products on the internet (March 2014, section
    2.4) allows device advertising on open social networks only with sharing and comments turned off.
    Influencers are bound by the same advertising rules. This is not legal advice: have the plan
    checked by a lawyer.

rule-S018-title = Influencers in a restricted sector
rule-S018-message = Operation “{ $operation }” pays influencers to promote { $sector }, where the influencer law restricts what they may promote: { $restriction } ({ $reference }).
rule-S018-hint = Check that what the influencers will promote is allowed, name it in the brief, or run the operation without influencers. This is not legal advice: have the plan checked by a lawyer.
rule-S018-advice = Check that what the influencers of “{ $operation }” will promote is allowed and name it in their brief, or run the operation without influencers; have the plan checked by a lawyer.
rule-S018-explanation =
    Law no. 2023-451 bans influencers from promoting some products altogether and restricts others:
    cosmetic surgery and medicines, certain financial products (crypto-assets among them) and
    subscriptions to sports-betting tips may not be promoted; gambling may be promoted only on
    platforms that can exclude minors. A strategy in one of these sectors that pays influencers must
    check each product against these bans before the brief goes out. This is not legal advice: have the
    plan checked by a lawyer.

rule-S019-title = Alcohol content aimed at minors
rule-S019-message = Persona “{ $persona }” includes people under 18, but the strategy promotes alcohol: in France, alcohol advertising is not allowed on services aimed at young people ({ $reference }).
rule-S019-hint = Raise the persona's lower age to 18 or more, or remove it from this strategy. This is not legal advice: have the plan checked by a lawyer.
rule-S019-advice = Keep only adults in “{ $persona }”, or leave this persona out of the strategy, and have the plan checked by a lawyer.
rule-S019-explanation =
    A strategy that promotes alcohol cannot address minors: the Loi Évin (Public Health Code art.
    L3323-2, 9°) excludes online alcohol advertising from services aimed mainly at young people, and the
    sale of alcohol to minors is forbidden. A persona under 18 in such a strategy means posts, messages
    and operations written for them, which the law does not allow. This is not legal advice: have the
    plan checked by a lawyer.

rule-S020-title = Region outside the country
rule-S020-message = The region { $region } is not in the strategy's country: the calendar keeps the country's public holidays.
rule-S020-hint = Set `region` to a code of the country `{ $country }` (its two letters, a hyphen, then the region's code), or correct `country` in the `[strategy]` table.
rule-S020-advice = Choose the region the business is in among the country's, or correct the country.
rule-S020-explanation =
    The region says which public holidays the calendar keeps free: Scotland and Northern Ireland have
    bank holidays of their own (2 January and St Andrew's Day, St Patrick's Day and the Battle of the
    Boyne). A region of another country than the strategy's cannot be right for both: the country
    decides the audience figures and the law that applies, so its holidays are kept, and the region
    is left aside until the two agree.

rule-S021-title = A regulated sector: the country's rules apply
rule-S021-message = The strategy promotes { $sector } { $country }: { $summary } ({ $reference }).
rule-S021-hint = Keep every message, post and operation within these rules, and brief whoever writes the posts. This is not legal advice: have the plan checked by a lawyer.
rule-S021-advice = { $advice } This is not legal advice: have the plan checked by a lawyer.
rule-S021-explanation =
    Advertising a regulated product is governed by the rules of the country where the audience is.
    Tomster cites the rules its knowledge base holds for the strategy's sector and country, with
    their reference, so that the plan is written within them from the start. The finding is a
    prompt to check, not legal advice: the rules change, and their application to a given post
    is for a lawyer or the regulator's own advice service to judge.

rule-S022-title = A regulated sector aimed at minors
rule-S022-message = Persona “{ $persona }” includes people under 18, but the strategy promotes { $sector }, which may not be aimed at or appeal particularly to under-18s ({ $reference }).
rule-S022-hint = Raise the persona's lower age to 18 or more (25 for anyone shown drinking alcohol in the United Kingdom), or remove it from this strategy. This is not legal advice: have the plan checked by a lawyer.
rule-S022-advice = Keep only adults in “{ $persona }”, or leave this persona out of the strategy, and have the plan checked by a lawyer.
rule-S022-explanation =
    The rules on alcohol and gambling advertising protect people under 18: the content must not
    be aimed at them, must not appeal particularly to them, and must not appear where many of
    them are (in the United Kingdom, where 25% or more of the audience is under 18). A persona
    whose age range starts under 18 plans exactly the posts these rules forbid.

rule-S023-title = Copy that makes a forbidden claim
rule-S023-message = “{ $text }” reads as { $claim } ({ $phrase }), which the rules on advertising { $sector } do not allow ({ $reference }).
rule-S023-hint = Rewrite this text without the claim, and reread the rest of the copy in the same light: Tomster finds the obvious phrases, not every way of making the claim. This is not legal advice.
rule-S023-advice = Rewrite “{ $text }” without { $claim }, and have the copy checked by a lawyer.
rule-S023-explanation =
    The rules on advertising alcohol, gambling and financial products forbid certain claims
    whatever the channel: for alcohol in the United Kingdom, no health claim, no link with social
    or sexual success, nothing that appeals particularly to under-18s, no encouragement to drink
    to excess; for gambling and investments, no promise of easy or guaranteed gains. The checker
    reads the messages, proof points, calls to action and operation texts for phrases that make
    these claims. It finds the obvious cases; a phrase it does not know can still break the rule.

rule-S024-title = No rule known for this sector in this country
rule-S024-message = Tomster knows no rule on advertising { $sector } { $country }: it cites none, and applies no other country's.
rule-S024-hint = Check the law of the country before the plan is used, or set `country` in the `[strategy]` table if it is not the right one. This is not legal advice.
rule-S024-advice = Check the advertising rules for { $sector } { $country } with a lawyer before publishing.
rule-S024-explanation =
    Regulated sectors are governed by each country's own law, and Tomster only cites rules whose
    source it holds. Where its knowledge base has none for the strategy's sector and country, it
    says so instead of staying silent or borrowing another country's rules, which could be
    stricter, looser or simply different.

rule-S025-title = Influencer operation: disclosure rules apply
rule-S025-message = Operation “{ $operation }” pays influencers: { $summary } ({ $reference }).
rule-S025-hint = Write the disclosure into every brief and contract, and check the posts before they go out. This is not legal advice: have the plan checked by a lawyer.
rule-S025-advice = Require in every brief of “{ $operation }” the disclosure the rules ask for, placed where the audience sees it first, and check the posts before they go out.
rule-S025-explanation =
    A post an influencer is paid for, or given products or perks for, is an advertisement, and
    the audience must be able to tell at once. The rules say how to label it and where; the brand
    that pays shares the responsibility for a hidden advertisement.

rule-S026-title = Operation posts the calendar cannot place
rule-S026-message = { $posts ->
    [one] { $posts } post of the operation “{ $operation }” on { $platform } finds no posting day with room (at most { $max } a day on that network, operations included): it is not in the calendar.
   *[other] { $posts } posts of the operation “{ $operation }” on { $platform } find no posting day with room (at most { $max } a day on that network, operations included): they are not in the calendar.
}
rule-S026-hint = Raise `max_posts_per_day` on that network's always-on entry, lower the operation's `posts_per_week` or lengthen it.
rule-S026-advice = Decide whether “{ $operation }” needs all its posts on { $platform }: allow more posts a day there, plan fewer for the operation, or give it more days.
rule-S026-explanation =
    An operation adds posts to a network's always-on cadence over its days, and the calendar places
    them on the network's posting days, never more than the daily cap allows (two a day by default,
    operations included), so that the audience is not flooded. Posts that find no day with room are
    left out and counted here: the plan promised them, the calendar cannot hold them.

rule-S027-title = Always-on posts the calendar cannot place
rule-S027-message = { $posts ->
    [one] { $posts } always-on post on { $platform } finds no posting day with room in the period: it is not in the calendar.
   *[other] { $posts } always-on posts on { $platform } find no posting day with room in the period: they are not in the calendar.
}
rule-S027-hint = Check the entry's `days` and `max_posts_per_day`.
rule-S027-advice = Give { $platform } more posting days, or plan fewer posts there.
rule-S027-explanation =
    The always-on cadence is spread over the network's posting days (its `days`, without the public
    holidays unless it posts on them). When the period holds too few such days for the cadence, the
    posts that find none are left out and counted here.

rule-S028-title = A cadence above the daily cap
rule-S028-message = The always-on cadence on { $platform } needs { $needed } posts on some days, above its cap of { $max } a day: the calendar places them all.
rule-S028-hint = Spread them over more `days` or set `max_posts_per_day`.
rule-S028-advice = Spread the posts on { $platform } over more days of the week, or accept { $needed } posts on some days.
rule-S028-explanation =
    The daily cap keeps a network's audience from seeing several posts of the same account at
    once. The always-on cadence is a promise the calendar keeps, so where it needs more posts a
    day than the cap, the cap is raised for it; this finding says so, so that the choice is made
    knowingly.

rule-S029-title = A pillar the messages cannot feed
rule-S029-message = On { $platform }, the pillar “{ $pillar }” gets { $actual } of the posts instead of { $planned }: too few of the messages written for this network belong to it.
rule-S029-hint = Write messages for this pillar that suit the network, or lower its share in the entry's `pillars`.
rule-S029-advice = Write messages on “{ $pillar }” for { $platform }, or give this pillar a smaller share there.
rule-S029-explanation =
    The calendar chooses each post's message among those written for the persona and stage it
    speaks to, and follows the pillars' shares as far as those messages allow. Where too few of
    them belong to a pillar, its share cannot be met: the messages, not the calendar, decide.

rule-S030-title = A format the messages cannot feed
rule-S030-message = On { $platform }, the format “{ $format }” gets { $actual } of the posts instead of { $planned }: the messages' content types leave it no more room.
rule-S030-hint = Add this format to the `content_types` of messages written for this network, or change the entry's `formats`.
rule-S030-advice = Allow { $format } in more of the messages written for { $platform }, or plan fewer of them there.
rule-S030-explanation =
    Each message says which content types suit it, and the calendar gives a post a format among
    its message's. Where the messages allow a format too rarely, its share of the network's posts
    cannot be met.

rule-S031-title = More stories than advised
rule-S031-message = { $stories } stories a week on { $platform } is above what its sources advise ({ $max } a week; source: { $source }).
rule-S031-hint = Lower `story` in the entry's `formats` to { $max } or less.
rule-S031-advice = Post at most { $max } stories a week on { $platform }, unless your own results show that more pay off.
rule-S031-explanation =
    Stories disappear within a day and have their own rhythm, apart from the feed's: Instagram's
    head advised two feed posts a week and two stories a day. Beyond that, each story still costs
    production and replies while its audience tires of them. The figure is a default with its
    source shown: keep more if your own results show they pay off.

rule-S032-title = A country Tomster knows little of
rule-S032-message = { $missing ->
        [persona] Tomster has no audience figures for { $country }, where { $persona } lives: the networks are scored for this persona on the United States' figures.
        [pack] Tomster has no knowledge of { $country }: its networks are scored on the United States' audience figures, the calendar knows none of its public holidays, and none of its rules is checked.
        [audiences] Tomster has no audience figures for { $country }: its networks are scored on the United States' figures.
        [holidays] Tomster knows none of the public holidays of { $country }: the calendar may post on them.
       *[both] Tomster has neither audience figures nor public holidays for { $country }: its networks are scored on the United States' figures, and the calendar may post on its holidays.
    }
rule-S032-hint = Add what is missing to the country's pack, `knowledge/countries/{ $code }/` (its README says how), or check that { $missing ->
        [persona] the persona's `country`
       *[other] `country`
    } is right.
rule-S032-advice = { $missing ->
        [persona] Check the networks recommended for { $persona } against audience figures you trust for { $country }.
       *[other] Check the recommended networks against audience figures you trust for { $country }, and keep its public holidays free in the calendar.
    }
rule-S032-explanation =
    Tomster reads a country's audience figures, public holidays and rules from its pack. Where a
    country has none, it does not pretend: networks are scored on the United States' figures,
    whose habits may differ (WhatsApp, Snapchat and LinkedIn vary widely from one country to the
    next), the calendar posts on days that may be holidays there, and no law of that country is
    checked; no other country's law is applied in its place.

rule-T101-title = Always-on network not chosen
rule-T101-message = The always-on presence posts on { $platform }, which is not among the chosen networks.
rule-T101-hint = Add a `[[platforms]]` entry for { $platform } with a `rationale`, or remove its `[[always_on]]` entry.
rule-T101-advice = Add { $platform } to the chosen networks with the reason for being there, or stop the regular posts planned on it.
rule-T101-explanation =
    The Technologies step chooses the networks, with the reasons for each; the always-on plan of the
    Strategy step must then use only those. A network that receives posts without having been chosen
    escapes the checks that matter: whether any persona is there, why it was picked, and whether its
    cost in hours is worth it. Either choose it explicitly, with its rationale, or stop planning posts
    on it.

rule-T102-title = Network where none of the personas is
rule-T102-message = { $platform } is chosen, but none of the personas is there (best fit score: { $score } out of 100).
rule-T102-hint = Remove { $platform } from `[[platforms]]`, or add it to the `channels` of a persona you know uses it.
rule-T102-advice = Drop { $platform }, or confirm that one of your personas really uses it.
rule-T102-explanation =
    Going on a network because everyone does is the classic mistake that the TOMSTER method exists to
    prevent. Tomster counts a network as reaching a persona when its fit score reaches 40, roughly two
    people in five of the persona's kind using it with a purpose that suits the message, or when the
    persona's `channels` declare it. Audiences differ sharply: Snapchat is used by 65% of US adults
    aged 18-29 but 4% of those aged 65 and over (Pew Research Center, 2023). Every network costs hours
    each week in posts and community management; spend them where your personas are. If you know a
    persona uses this network despite the figures, say so in its `channels`.

rule-T103-title = Persona that no chosen network reaches
rule-T103-message = None of the chosen networks reaches persona “{ $persona }”; the networks recommended for it are: { $best }.
rule-T103-hint = Choose in `[[platforms]]` and `[[always_on]]` a network that reaches this persona (recommended: { $best }), or declare in its `channels` the networks you know it uses.
rule-T103-advice = Add a network where “{ $persona }” can be found (recommended: { $best }), or confirm which networks this persona uses.
rule-T103-explanation =
    Networks are chosen where the personas really are. A persona that none of the chosen networks
    reaches will not see the messages written for them, and the objectives about them cannot be met
    through social media. The recommendations come from published audience figures by age, gender and
    country: in France, Snapchat is the preferred network of 81% of 15-24 year olds while Facebook
    comes first in every older age band (Médiamétrie, 2023). Add a network that reaches the persona,
    or remove the persona from this strategy if it is not a priority.

rule-T104-title = B2B persona without a professional network
rule-T104-message = Persona “{ $persona }” is B2B, but no professional network such as LinkedIn is chosen.
rule-T104-hint = Add `[[platforms]]` with `id = "linkedin"` and plan it in `[[always_on]]`.
rule-T104-advice = Add a professional network such as LinkedIn to reach “{ $persona }”, and plan regular posts there.
rule-T104-explanation =
    Professionals make buying decisions at work, and the network where they are in that frame of mind
    is the professional one. The measured basis is education: 51% of US adults with a bachelor's
    degree or more use LinkedIn, against 10% of those with high school or less (Pew Research Center,
    2021). In France LinkedIn declares 11.4 million logged-in monthly users (DSA report, 2024), far
    fewer than the 25 to 33 million members quoted in agency posts: members are not active users. Consumer networks can
    support a B2B strategy, but rarely replace a professional network.

rule-T105-title = KPI needs a tool the plan lacks
rule-T105-message = The KPI “{ $kpi }” needs a “{ $category }” tool, and the plan has none.
rule-T105-hint = Add a `[[tools]]` entry with `category = "{ $category_id }"`, or set the KPI entry's `platform` to a network that reports “{ $kpi }” natively.
rule-T105-advice = Plan a “{ $category }” tool to measure “{ $kpi }”, or follow this KPI on a network whose own statistics report it.
rule-T105-explanation =
    Some KPIs are not in the networks' own analytics. Share of voice, mentions and sentiment need a
    listening tool; sessions from social, conversion rate, ROI and revenue need web analytics such as
    Google Analytics; costs per click, lead or acquisition come from an ads manager. Without the tool,
    the KPI is never measured and the objective it proves stays unproven. Add the tool (free plans
    exist, for example Metricool's for a single user) or choose a KPI the networks report.

rule-T106-title = No network chosen
rule-T106-message = No network is chosen.
rule-T106-hint = Add a `[[platforms]]` entry per network, with `id` and `rationale`; `tomster recommend` suggests networks for your personas.
rule-T106-advice = Choose the networks where your personas are, and say for each why you are there.
rule-T106-explanation =
    The Technologies step answers where the strategy happens: which networks, chosen because the
    personas are there, and which tools run them. Without chosen networks, Tomster cannot check that
    the personas are reached, that the always-on plan and the objectives use the right networks, or
    that the formats and KPIs are available. Start with the networks recommended for your personas,
    usually two or three for a small team, and write why each one was chosen.

rule-T107-title = Chosen network without a rationale
rule-T107-message = { $platform } is chosen without a rationale.
rule-T107-hint = Add `rationale = "..."` to the `[[platforms]]` entry: which personas are there and what you expect from it.
rule-T107-advice = Say why { $platform } is chosen: which personas are there and what you expect from it.
rule-T107-explanation =
    Writing why a network was chosen keeps the choice honest: "because everyone is there" does not
    survive being written down, while "our B2B buyers read LinkedIn daily" can be checked. The
    rationale appears in the strategy document sent to the client, and it is what you reread at a
    review when deciding whether to keep the network. One or two sentences are enough.

rule-T109-title = No scheduling tool
rule-T109-message = The always-on presence has { $posts } posts a week on { $networks } { $networks ->
        [one] network
       *[other] networks
    }, and no scheduling tool.
rule-T109-hint = Add a `[[tools]]` entry with `category = "scheduling"` (Buffer, for example, has a free plan for 3 channels).
rule-T109-advice = Plan a scheduling tool to prepare the posts in advance; some have a free plan for a few networks.
rule-T109-explanation =
    Without a scheduler, every post is published by hand, at the right time, from each network's app,
    including evenings and holidays. Beyond a few networks or about ten posts a week, this eats into
    the time meant for writing and answering the community, and posts get skipped. A scheduler lets
    the team prepare a week's posts in one sitting, and Tomster's calendar exports can be uploaded to
    it in bulk. Prices vary widely: Buffer has a free plan (3 channels, 10 queued posts each),
    Hootsuite starts at $99 per user a month (vendors' pages, 2026).

rule-T110-title = Objective on a network that is not chosen
rule-T110-message = Objective “{ $objective }” counts on { $platform }, which is not among the chosen networks.
rule-T110-hint = Add { $platform } to `[[platforms]]`, or remove it from the objective's `platforms`.
rule-T110-advice = Add { $platform } to the chosen networks, or reach “{ $objective }” through the networks already chosen.
rule-T110-explanation =
    An objective's networks say where its results are expected to come from. If one of them is not
    among the chosen networks, nothing in the plan will be published there, so that part of the
    objective has no means: no posts, no community management, no KPI read from its analytics. Either
    choose the network, with its always-on plan, or remove it from the objective and check that the
    target is still realistic without it.

rule-E001-title = Objective's KPI not followed
rule-E001-message = The KPI “{ $kpi }” of objective “{ $objective }” is not followed in the KPI table.
rule-E001-hint = Add a `[[kpis]]` entry with `metric = "{ $kpi_id }"`, `objective = "{ $objective_id }"`, a `source` and a `review` frequency.
rule-E001-advice = Follow “{ $kpi }” for “{ $objective }”: say where the figure is read, how often it is reviewed and when it should raise an alert.
rule-E001-explanation =
    The Evaluate step says which KPIs prove each objective, where they are read and how often, so
    that the plan can be adjusted at once rather than after the campaign. Naming a KPI on an
    objective is not enough: if no `[[kpis]]` entry follows it, nobody is in charge of reading it, and
    the shortfall is discovered at the deadline. Add an entry for each objective's KPI, with its
    source and its review frequency.

rule-E002-title = KPI entry tied to no objective
rule-E002-message = The KPI “{ $kpi }” is followed but tied to no objective.
rule-E002-hint = Add `objective = "..."` to the entry, with the id of the objective it proves, or remove the entry.
rule-E002-advice = Say which objective “{ $kpi }” proves, or stop following it.
rule-E002-explanation =
    Every figure the team reads each week costs reporting time, and figures that answer no question
    turn the report into a dashboard of flattering numbers. Each KPI followed should answer "are we
    reaching this objective?". Tie the entry to the objective it proves; if it proves none, either an
    objective is missing from the strategy or the KPI is not needed.

rule-E003-title = Network does not report this KPI
rule-E003-message = { $platform } does not report “{ $kpi }” in its own statistics.
rule-E003-hint = Choose a `metric` that { $platform } reports, or set `platform` to a network that reports “{ $kpi }”.
rule-E003-advice = Follow on { $platform } a close KPI that it reports, or follow “{ $kpi }” on a network that reports it.
rule-E003-explanation =
    Each network's analytics report only some figures: X reports impressions but not reach, and
    response rate and response time are reported only by Facebook, Instagram and WhatsApp. A KPI
    planned on a network that does not report it will have no value at review time, and the native
    exports that Tomster imports will not fill it. Choose a close KPI that the network reports (for
    example impressions instead of reach on X), or follow the KPI where it is available.

rule-E004-title = Vanity KPI for this objective
rule-E004-message = “{ $kpi }” is a vanity metric for objective “{ $objective }” ({ $kind }): it can grow while the objective is missed.
rule-E004-hint = Replace “{ $kpi }” with a KPI that proves a { $kind } objective; `tomster recommend` lists them.
rule-E004-advice = Prove “{ $objective }” with a KPI that moves only when the objective is really met, and keep “{ $kpi }” to diagnose problems.
rule-E004-explanation =
    Likes, followers, reach and video views are easy to grow and pleasant to report, but for a sales,
    leads or traffic objective they prove nothing: ten thousand likes can come with no sale at all.
    Following them as the proof of such an objective hides a failure behind good-looking figures until
    the money runs out. Measure sales with CPA, ROAS, ROI or revenue from social, leads with the
    conversion rate, leads or CPL, traffic with CTR, CPC or sessions from social. Vanity metrics can
    still help diagnose a problem, but not prove an objective.

rule-E005-title = No review frequency
rule-E005-message = The KPI “{ $kpi }” has no review frequency.
rule-E005-hint = Add `review = "weekly"` (or `"daily"`, `"monthly"`) to the entry.
rule-E005-advice = Decide how often “{ $kpi }” is read and discussed: daily, weekly or monthly, as fast as you could react.
rule-E005-explanation =
    TOMSTER evaluates during the campaign, not after it: a KPI that is looked at "when there is time"
    is looked at at the end, when nothing can be changed. The review frequency sets the rhythm at which
    the team reads the figure and decides: daily for customer service or a running ad campaign, weekly
    for most operations, monthly for awareness and audience growth. Pick the frequency that matches
    how fast you could react.

rule-E006-title = No data source
rule-E006-message = The KPI “{ $kpi }” has no data source.
rule-E006-hint = Add `source = "..."`: where the figure is read, such as Meta Business Suite, LinkedIn Page analytics or Google Analytics.
rule-E006-advice = Say where the figure of “{ $kpi }” is read (the network's statistics, Google Analytics…) and keep the same source for the whole period.
rule-E006-explanation =
    The same KPI gives different values from different tools and methods: an engagement rate computed
    per follower and one computed per impression can differ 10 to 100 times for the same network.
    If the source is not fixed, the figure changes from one report to the next for reasons that have
    nothing to do with the results. Name where the figure is read, and keep the same source for the
    whole period.

rule-E007-title = No alert threshold
rule-E007-message = The KPI “{ $kpi }” has no alert threshold.
rule-E007-hint = Add `alert_below = 0.8` to be warned when the actual pace falls below 80% of the pace needed.
rule-E007-advice = Decide when “{ $kpi }” should raise an alert, for example when its pace falls below 80% of the pace needed.
rule-E007-explanation =
    An alert threshold turns the review into a decision: when the KPI's actual pace falls below a
    share of the pace needed to reach the target by the deadline, the dashboard flags it. Without a
    threshold, a slow drift looks acceptable month after month until it can no longer be caught up.
    A value of 0.8 is a common starting point: below 80% of the needed pace, something must change.

rule-E008-title = KPI entry without a metric
rule-E008-message = The KPI table entry “{ $kpi }” does not say which KPI it measures.
rule-E008-hint = Add `metric = "..."` with a KPI id from the catalogue, such as reach, engagement_rate_reach, ctr or cpl.
rule-E008-advice = Say which KPI the entry “{ $kpi }” measures, such as reach, an engagement rate, the click-through rate or the cost per lead.
rule-E008-explanation =
    The metric says which KPI of the catalogue the entry follows, with its formula: reach, engagement
    rate per reach, CTR, cost per lead. Without it, the entry cannot be tied to an objective's KPI,
    checked against the network's analytics, or filled by imported results. Choose the KPI id from
    the catalogue; `tomster recommend` lists the usual ones for each objective.

rule-E009-title = Unknown KPI followed
rule-E009-message = The KPI “{ $kpi }” is neither in the catalogue nor defined by the strategy (nearest: { $nearest }).
rule-E009-hint = Use a catalogue KPI (nearest id: { $nearest_id }), or define your own in a `[[custom_kpis]]` entry with `id = "{ $kpi }"`, a `name` and a `unit`.
rule-E009-advice = Replace “{ $kpi }” with a KPI of the catalogue, or describe this indicator: its name, its unit and where its figure is read.
rule-E009-explanation =
    Each `[[kpis]]` entry follows one metric: a KPI of the catalogue (with its formula, unit and the
    networks that report it) or one the strategy defines in `[[custom_kpis]]`. An id that is neither
    cannot be tracked or imported; it is probably a typo, and the message names the nearest known id.
    See rule O015 for how to define your own KPI.

rule-E010-title = Alert threshold without a target
rule-E010-message = The KPI “{ $kpi }” has an alert threshold, but no objective gives it a target to pace against: the alert can never fire.
rule-E010-hint = Remove `alert_below` from this `[[kpis]]` entry, or link it with `objective = "..."` to an objective whose `kpi` is this one and that has a `target`.
rule-E010-advice = Follow “{ $kpi }” as a figure to watch, or give it a target through an objective.
rule-E010-explanation =
    An alert threshold compares the KPI's actual pace with the pace needed to reach its target by
    the deadline. Only the KPI an objective states, with a target, has such a pace: a supporting
    indicator (a return on ad spend beside a revenue objective, an engagement rate beside a reach
    objective) is read as it comes, and a threshold on it promises an alert that cannot come.

rule-E101-title = Objective at risk
rule-E101-message = “{ $objective }” is behind its pace: { $kpi } is at { $actual } where { $expected } was expected by now ({ $pace } of the expected progress).
rule-E101-hint = Look at the objective's results page; to adjust, save a new version with a revised `target` or `deadline`, or more means (`posts_per_week`, operations), and say why in its comment.
rule-E101-advice = To reach the target in time, { $kpi } now has to gain { $needed } a month: strengthen what moves it, or revise the target with the client.
rule-E101-explanation =
    An objective is at risk when the progress made since the start is under the share of the
    expected progress that its KPI's `alert_below` sets (80 % when the KPI table gives none). The
    expected progress follows a straight line from the baseline to the target by the deadline, or
    the objective's `seasonality` weights. The finding says what the KPI now has to gain each
    month to still reach the target.

rule-E102-title = Objective off track
rule-E102-message = At the current trend, { $kpi } for “{ $objective }” would reach about { $forecast } (between { $low } and { $high }) by { $deadline }, short of the target of { $target }.
rule-E102-hint = Revise the objective's `target` to what the data supports, move its `deadline`, or add means; save the change as a new version whose comment names this finding.
rule-E102-advice = Either set a target the results support (about { $forecast }) or change the means: more posts, an operation, a budget.
rule-E102-explanation =
    The forecast is a least-squares line through the last complete months (at least three, at
    most twelve), with a band of two residual standard deviations. When even the favourable end
    of the band misses the target, the objective is off track: what is done now will not reach
    it, and either the target or the means must change.

rule-E103-title = Network published under its plan
rule-E103-message = On { $network }, { $published } posts went out in the last { $weeks } weeks where { $planned } were planned: under half the plan each week.
rule-E103-hint = Check the calendar against the team's time; lower `posts_per_week` for the network in a new version if the plan cannot be held.
rule-E103-advice = Either give the network the time its plan needs, or lower its rhythm to one the team can keep.
rule-E103-explanation =
    The editorial calendar plans each network's posts per week; the imports say how many went
    out. A network published at under half its plan for three complete weeks in a row has fallen
    behind: the objectives that rely on it will lag too.

rule-E104-title = Reach per post falling
rule-E104-message = On { $network }, each post has reached fewer people for { $months } months in a row: from { $from } per post in { $since } to { $to }.
rule-E104-hint = Compare the formats and subjects of the best and worst posts of these months on the results page.
rule-E104-advice = Look at which posts still reach people and do more of those: formats, subjects, times.
rule-E104-explanation =
    The reach of a network's posts, divided by the posts published, month by month. Three drops in
    a row say the audience sees less of each post: the format, the subject or the network's
    distribution has changed.

rule-E105-title = KPI not measured
rule-E105-message = { $kpi } is reviewed { $review }, but no figure of it was imported from { $from } to { $to }.
rule-E105-hint = Import the export that gives this KPI, or type its figure on the results page (`tomster results` reads a long CSV of `date, network, metric, value`).
rule-E105-advice = Collect this figure at the rhythm agreed, or the objective it proves cannot be followed.
rule-E105-explanation =
    Each KPI of the table says how often it is reviewed. When its last review period passed
    without a figure, the objective it proves is followed blind: import the network's export or
    type the figure (bookings, leads, sales) for the period.

rule-E106-title = Posts on a network the strategy does not use
rule-E106-message = { $posts } posts were published on { $network }, a network the strategy does not use.
rule-E106-hint = Add the network to `[[platforms]]` with an `[[always_on]]` plan, or stop importing it.
rule-E106-advice = Either make this network part of the strategy, with its own plan and objectives, or give its time to the networks chosen.
rule-E106-explanation =
    Time spent on a network outside the strategy is time the chosen networks do not get, and
    nothing in the strategy says what it is for.

rule-E107-title = Operation without effect
rule-E107-message = During “{ $operation }” ({ $days } days), { $kpi } reached { $during }, no more than the { $before } of the same number of days before.
rule-E107-hint = Compare the operation's planned and published posts on the results page before planning the next one.
rule-E107-advice = Before repeating this operation, look at what it published and to whom: it did not move its objective.
rule-E107-explanation =
    An operation (an event, a campaign, a contest) is there to move an objective. When its
    objective's KPI gained no more during its days than in as many days before, it moved
    nothing that the figures show.

rule-R001-title = Workload above the team's capacity
rule-R001-message = The plan needs { $hours } hours a week, but the team gives only { $capacity } hours.
rule-R001-hint = Lower `posts_per_week` or drop a network in `[[always_on]]`, reuse pieces across networks (`adapted_from`), add `hours_per_week` in `resources.team`, or buy part of the production from a provider (its `formats`, `networks` and `cost` in `resources.outsourcing`) and weigh its cost against the hours it saves in `tomster plan`.
rule-R001-advice = Bring the plan within the team's hours: fewer networks or posts, lighter formats, content reused across networks, more hours, or part of the production outsourced.
rule-R001-explanation =
    A plan bigger than its resources burns the team out and is dropped too early, which is worse than
    a modest plan held for a year. Tomster estimates the weekly workload from the posts by format, the
    community management per network and the reporting, using editable assumptions: published time
    data is weak and old (about 3h50 to write a blog post, Orbit Media 2023; 5 to 10 hours a week of
    community building in Kanter and Sherman's time model). Adjust the assumptions in `[assumptions]`
    if your team is faster, then bring the plan within capacity: fewer networks, a lower cadence,
    lighter formats, more hours or outsourcing. `tomster plan` shows where the hours go.

rule-R002-title = Workload above 80% of capacity
rule-R002-message = The plan needs { $hours } hours a week, { $percent } of the team's { $capacity } hours.
rule-R002-hint = Keep a margin of at least 20%: lower `posts_per_week`, reuse pieces across networks (`adapted_from`), add `hours_per_week` in `resources.team`, or buy part of the production from a provider (with its `formats` and `cost` in `resources.outsourcing`), weighing its cost against the hours saved.
rule-R002-advice = Keep at least a fifth of the team's hours free for the unexpected: post a little less, reuse content across networks, add hours or outsource part of the production.
rule-R002-explanation =
    A plan that fills more than 80% of the team's hours leaves no room for the unexpected: a wave of
    comments, an absence, an urgent request, and the operations that add their own peaks. The
    workload figures are also estimates built on editable assumptions, so the real load may be
    higher. Keep a margin of at least a fifth of the capacity, or check the assumptions against the
    time your team actually spends.

rule-R003-title = Costs above the budget
rule-R003-message = The plan costs { $total }, more than the budget of { $budget }.
rule-R003-hint = Raise `resources.budget`, or cut an operation's `budget`, a tool's `monthly_cost` or an outsourcing `cost`.
rule-R003-advice = Decide what to cut or postpone (an operation, a tool, a service), or get a budget of { $total } approved.
rule-R003-explanation =
    The cost of the plan adds up the tools over the months of the period, the operations' budgets,
    the outsourcing and the training. A plan that costs more than its budget will be cut in the middle
    of the period, usually where it hurts: the paid operations that were meant to reach the
    objectives. Decide now what to drop or postpone, or get a larger budget approved. Tool prices
    change often: check the ones you use on the vendors' pages.

rule-R004-title = Skill nobody brings
rule-R004-message = The plan needs the skill “{ $skill }” { $reason ->
        [format] for its “{ $need }” posts
        [community] to run the communities of its networks
       *[operation] for the operation “{ $need }”
    }, and no team member, provider or training brings it.
rule-R004-hint = Add `"{ $skill_id }"` to the `skills` of a member in `resources.team`, of a `[[resources.outsourcing]]` entry, or of a `[[resources.training]]` entry.
rule-R004-advice = Find who will bring the skill “{ $skill }”: a team member, a provider or a training; otherwise replace the work that needs it.
rule-R004-explanation =
    Each format, the community management and each kind of operation take particular skills: short
    and long videos need video, carousels and documents need design, ads need ads, and every network
    needs community management. When nobody has the skill, the work is done slowly and poorly, or not
    at all, and the hours go well beyond the estimate. Give the skill to someone who has it, buy it
    from a provider, or plan a training; otherwise replace the format or the operation with one the
    team can handle.

rule-R005-title = No budget
rule-R005-message = The strategy has no budget.
rule-R005-hint = Add `budget = ...` (the total for the period) or `monthly_budget = ...` (the amount for each month) to the `[resources]` table, in the strategy's currency.
rule-R005-advice = Set the budget available for the period, or for each month, even for a plan without advertising: tools, visuals and training cost money.
rule-R005-explanation =
    Even an organic-only plan costs money: tools, design software, a photographer, a training, an
    occasional boosted post. Without a budget, Tomster cannot tell whether the plan is affordable, and
    the decision is left to whoever signs the first invoice. Write the total available for the
    period, in the strategy's currency; Tomster then compares it with the plan's costs month by month.

rule-R006-title = No team
rule-R006-message = Nobody is assigned to the plan: the team is empty.
rule-R006-hint = Add a `[[resources.team]]` entry with `name`, `hours_per_week` and `skills`.
rule-R006-advice = Name who works on the plan, even part time, with their weekly hours and their skills.
rule-R006-explanation =
    A social media plan is work done every week by people: writing, producing visuals and videos,
    answering comments, reading the figures. Without a team, Tomster cannot compare the workload with
    a capacity, and the plan has nobody to carry it. List who works on it, even part time, with their
    weekly hours and skills; work done by an agency goes in `resources.outsourcing`.

rule-R007-title = Peak week above capacity
rule-R007-message = In the week of { $week }, the plan needs { $peak } hours, above the { $capacity } hours the team has that week.
rule-R007-hint = Move an operation's `start` and `end` so that operations do not overlap, check the `start` and `end` of the team members, or have a provider run the operation (its `operations` and `cost` in `resources.outsourcing`).
rule-R007-advice = Spread the operations over the period, lighten the regular posts that week, check when team members arrive or leave, or have a provider take an operation on.
rule-R007-explanation =
    The everyday workload may fit the team while some weeks do not: operations add their own hours
    during their dates, on top of the always-on posting, and the team is smaller before a member joins
    or after one leaves (their `start` and `end`). In those weeks something gives way, usually the
    regular posts and the answers to the community. Spread the operations over the period, lighten the
    always-on plan during them, check the team's dates, or have a provider take an operation on.

rule-R008-title = No budget margin
rule-R008-message = The plan costs { $total }, more than 90% of the budget of { $budget }.
rule-R008-hint = Keep about a tenth of `resources.budget` free for the unexpected, or trim an operation's `budget` or a tool.
rule-R008-advice = Keep about a tenth of the budget free for the unexpected, or trim an operation or a tool.
rule-R008-explanation =
    A budget spent to the last euro leaves no room for what always happens: a tool whose price rises,
    a post worth boosting, a campaign to extend because it works. Keeping about 10% free lets the team
    react to results during the period, which is the point of evaluating as you go. This is advice:
    if the figures are firm and the budget cannot move, you may keep the plan as it is.

rule-R009-title = Team member with no hours
rule-R009-message = Team member “{ $member }” gives no hours to the plan.
rule-R009-hint = Set `hours_per_week` for this member in `resources.team`, or remove them from the team.
rule-R009-advice = Give “{ $member }” a realistic number of hours a week, even small, or take them off the team.
rule-R009-explanation =
    The team's capacity is the sum of its members' weekly hours, and work is shared among members in
    proportion to their hours. A member with no hours adds nothing to the capacity and receives no
    work, so their skills are counted as available while nobody has time to use them. Give a realistic
    figure, even small: a manager who reviews posts for an hour a week counts as 1.

rule-R010-title = Team member overloaded
rule-R010-message = Team member “{ $member }” is given { $load } hours of work a week, more than their { $hours } hours.
rule-R010-hint = Add this work's skills to another member's `skills`, raise this member's `hours_per_week`, or outsource the skill in `resources.outsourcing`.
rule-R010-advice = Share the work of “{ $member }” with another team member who has the skills, give them more hours if they can, or outsource part of it.
rule-R010-explanation =
    The team as a whole may have enough hours while one person does not, because work goes to the
    members who have the skill it needs, in proportion to their hours. If only one member has
    `video`, every video lands on them. Spread the skills: train a second person (`[[resources.training]]`),
    outsource the most demanding format, or give the overloaded member more hours if they have them.
    `tomster plan` shows the load of each member.

rule-R011-title = Provider with no scope
rule-R011-message = Provider “{ $provider }” lists skills but no scope: it takes no work off the team.
rule-R011-hint = Say what it does: the `formats` it produces, the `networks` it works on (with `community_management` to run their community), the `operations` it runs, and how much (`posts_per_month` or `hours_per_week`).
rule-R011-advice = Say what “{ $provider }” does: which formats it produces, on which networks, which operations it runs, and how much.
rule-R011-explanation =
    A provider takes work off the team only within its scope: the formats it produces (on its
    networks, or all of them), the community of its networks when it brings community management,
    the operations it runs, up to a quantity (posts a month or hours a week), between its dates.
    Skills alone do not say which work leaves the team: a video studio with the skill `video` may
    make two films a quarter or every reel of the year, and the plan must not assume the latter.
    Without a scope the provider is counted at its cost and the team keeps all the work.

rule-R012-title = Outsourced work with no cost
rule-R012-message = Provider “{ $provider }” takes { $hours } hours a week off the team, but costs nothing in the plan.
rule-R012-hint = Add its `cost` (and `billing = "once"` for a one-off fee), so that the hours it saves and what it costs can be compared.
rule-R012-advice = Add the price of “{ $provider }”, so that the hours it saves can be weighed against what it costs.
rule-R012-explanation =
    Outsourcing moves work from the team's hours to the budget. A provider without a cost makes the
    plan look both lighter and cheaper than it is: the hours disappear and no money replaces them.
    Give the provider's price, monthly or once, so the plan shows its hours and its cost side by
    side and the budget check counts it.

rule-R013-title = Month over the monthly budget
rule-R013-message = In { $month }, the plan costs { $spent }, above the monthly budget of { $budget }.
rule-R013-hint = Move an operation or a one-off cost to a lighter month, spread it, or raise `monthly_budget`.
rule-R013-advice = Move or spread the costs planned in { $month }, or raise the monthly budget.
rule-R013-explanation =
    When money is granted month by month, a month that costs more than its share cannot be paid
    from it, even if the year adds up. Costs are booked in the month they are paid: a training on its
    date, a one-off fee when the work starts, an operation's budget over its days.

# The stage of a message that has none (rule M011 reports it), where another rule names it.
rule-stage-unspecified = unspecified
