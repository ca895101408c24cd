## Help texts of the guided forms' fields (crates/tomster-web/src/editor/mod.rs): help-DEFINITION-FIELD, and help-SECTION for a whole section.

## Whole sections
help-strategy = The strategy's identity: its name, the client, the period, the language, the currency and the country. The period frames the calendar, the budget and the deadlines.
help-personas = Who exactly you talk to: a few personas, with their goals, pain points and the networks they use. Every other step builds on them.
help-objectives = Why you are on social media, and how much: precise objectives, each with a KPI, a target and a deadline, so you can tell whether they are reached.
help-pillars = The themes that recur in your posts, and the share of the posts each one gets, in percent.
help-messages = What you say to each persona at each stage of their buying journey, with the proof behind it and what you ask them to do.
help-always-on = Your everyday presence on each network: how often you post, in which formats and on which days. It drives the calendar and the hours needed.
help-operations = Punctual operations beside the everyday presence (ads, contests, influencers, events, emailing), each with its dates, budget and objectives.
help-platforms = The networks you choose, and why: pick those where your personas really are, rather than being everywhere.
help-tools = The community-management tools you use (scheduling, listening, design, analytics), with what they cost.
help-kpis = The KPIs you follow to prove each objective: where each figure comes from, how often it is reviewed and when to raise an alert.
help-custom-kpis = Your own figures, beside Tomster's list of KPIs (booked tastings, registrations, signed quotes...): you can then choose them for objectives and the KPIs followed.
help-custom-networks = Networks Tomster's list does not know, such as Discord, a forum or a local platform: they are planned, costed and put in the calendar like the others.
help-resources = Your budget, team, outside providers and training. A plan bigger than its resources wears the team out and is dropped too early.
help-assumptions = How long the work takes your team. Change these figures when Tomster's usual values do not match your pace: they set the hours the plan needs.

## The strategy
help-strategy-info-id = A stable reference for this strategy: calendar events are named after it, so renaming the strategy does not duplicate them in calendar apps. Leave empty to make it from the name.
help-strategy-info-name = The title of the strategy, as shown on the document's cover, for example “Bakery social media plan 2026”.
help-strategy-info-organisation = The client: the business or organisation this strategy is for.
help-strategy-info-prepared-by = The agency or consultant who prepared the strategy, named on the document's cover. Leave empty if you wrote it for yourself.
help-strategy-info-logo = Only for the command line: where the logo file sits, next to the strategy file. In the web application, upload the logo on the Target page, under Downloads.
help-strategy-info-accent-colour = The colour of the titles and charts in the strategy document, for example #1F6FB2. Leave empty for a blue that colour-blind readers can tell apart.
help-strategy-info-language = The language of the strategy document and of Tomster's remarks: French or English.
help-strategy-info-currency = The currency of every amount in the strategy, in three capital letters: EUR, GBP, USD...
help-strategy-info-country = The country most of your personas live in, in two letters (FR, GB, US...): it sets audience figures, public holidays and the law that applies. Leave empty to follow the language.
help-strategy-info-region = The part of the country the business is in. Scotland and Northern Ireland have bank holidays of their own, which the calendar then keeps free; elsewhere the country's apply.
help-strategy-info-sector = If the strategy promotes a regulated product (alcohol, health products, financial services, gambling, food for children), choose it: Tomster then cites the legal rules that apply.
help-strategy-info-start = The first day of the strategy: the calendar, the budget and the pace of the objectives count from it.
help-strategy-info-end = The last day of the strategy: the objectives' deadlines and the operations should fall before it.
help-strategy-info-timezone = The time zone of the posting times in the calendar. Leave empty for Paris time.
help-strategy-info-website = The address of your website, starting with https://: the place your posts lead people to, where the contact belongs to you.
help-strategy-info-blog = The address of your blog, if you have one, starting with https://.
help-strategy-info-newsletter = Your newsletter's name or sign-up address, if you have one: posts can invite people to subscribe.

## Personas
help-persona-id = A short reference for this persona, in letters, digits and hyphens without spaces, for example young-parents: the other steps use it to point at the persona.
help-persona-name = A first name and a short description that bring the persona to life, for example “Julie, young mother in a hurry”.
help-persona-segment = Whether this persona buys for themselves (B2C), for a company (B2B), or uses a public service or a non-profit. It changes the advice and the checks.
help-persona-age = The persona's age range in years, both ends included, for example 25 to 40: it is compared with each network's audience.
help-age-range-min = The youngest age of the persona, in years.
help-age-range-max = The oldest age of the persona, in years.
help-persona-gender = The gender mix of this persona, used to estimate the audience each network can reach.
help-persona-location = Where the persona lives or works, in words, for example “Lyon and its suburbs”.
help-persona-country = The persona's country, for audience figures. Leave empty if it is the strategy's country.
help-persona-occupation = The persona's job or situation, for example restaurant owner, student or retired.
help-persona-industry = For a B2B persona: the industry of their company, for example logistics or retail.
help-persona-company-size = For a B2B persona: the size of their company. Leave empty if you do not know it.
help-persona-goals = What this persona wants to achieve, one per line: your posts should help them get there.
help-persona-pain-points = What bothers or blocks this persona, one per line: good content answers these frustrations.
help-persona-questions = The questions this persona asks before buying, one per line: each one can become a post.
help-persona-objections = What holds this persona back from buying, one per line (too expensive, no time...): your messages should answer them.
help-persona-channels = Choose the networks this persona really uses: Tomster checks that the networks you post on reach your personas.
help-persona-technographics = Choose how this persona behaves online: creates content, comments, reviews, joins groups, only reads... It guides the formats and the tone of the posts.
help-persona-stage-mix = How the people behind this persona are spread over the buying journey, in percent per stage; the four stages together make 100.
help-stage-mix-awareness = The share of the people behind this persona who are discovering their need or your brand (awareness), in percent: 40 for 40 %.
help-stage-mix-consideration = The share of the people behind this persona who are comparing solutions (consideration), in percent: 30 for 30 %.
help-stage-mix-decision = The share of the people behind this persona who are ready to buy (decision), in percent: 20 for 20 %.
help-stage-mix-retention = The share of the people behind this persona who are already customers, to keep and make loyal (retention), in percent: 10 for 10 %.
help-persona-priority = 1 for the most important persona, 2 for the next, and so on: the plan gives most attention to the first.

## Objectives
help-objective-id = A short reference for this objective, in letters, digits and hyphens without spaces, for example more-bookings: the other steps use it to point at the objective.
help-objective-kind = What the objective is for: awareness, engagement, traffic, leads, sales, retention, customer service or employer brand. It decides which KPIs Tomster suggests.
help-objective-statement = The objective in one plain sentence, precise and dated, for example “Get 40 qualified leads a month through LinkedIn by June”.
help-objective-personas = Choose the personas this objective is about: who should change their behaviour.
help-objective-kpi = Choose the KPI that proves this objective is reached: without one, nobody can tell whether it worked.
help-objective-platforms = Choose the networks that serve this objective.
help-objective-baseline = The KPI's value today, at the start of the strategy (0 for a new account): progress is measured from it.
help-objective-target = Where the KPI must be at the deadline: a level (800), a gain on the starting value (+500) or a change in percent (+30 %).
help-objective-deadline = The day the target must be reached, within the strategy's period: Tomster works out the pace needed from it.
help-objective-per = For a KPI that adds up: whether the target is its value over one month or one week ("40 tastings a month"), rather than its total from the start ("30 meetings in the year").
help-objective-seasonality = Twelve monthly weights, January first, when progress is not even over the year (a wine estate's December, a library's September): the expected pace follows them.

## Content pillars
help-pillar-id = A short reference for this pillar, in letters, digits and hyphens without spaces, for example behind-the-scenes: messages and networks use it to point at the pillar.
help-pillar-name = The theme, in words, for example “Behind the scenes” or “Customer tips”.
help-pillar-share = The share of the posts about this pillar, in percent: 40 for 40 %. The pillars together make 100.

## Messages
help-message-persona = Choose the persona this message speaks to.
help-message-stage = Choose the stage of the buying journey this message is for: awareness, consideration, decision or retention.
help-message-aida = Choose the AIDA step this message works on: catch attention, raise interest, create desire or lead to action.
help-message-key-message = The one idea this persona should remember at this stage, in one sentence.
help-message-proof-points = The facts that make the message credible, one per line: figures, customer reviews, awards, guarantees.
help-message-content-types = Choose the kinds of posts that carry this message, for example short video or carousel.
help-message-call-to-action = What you ask the persona to do, for example “Book a table” or “Download the guide”.
help-message-pillars = Choose the content pillars this message belongs to.
help-message-networks = Choose the networks this message is written for. Leave empty for every network this persona uses.

## Always-on presence
help-always-on-platform = Choose the network of this everyday presence.
help-always-on-posts-per-week = How many posts a week on this network, for example 3. Leave empty to add up the posts per format.
help-always-on-formats = How many posts a week of each format, for example 2 images and 1 short video: the production time depends on the format.
help-always-on-pillars = The share of this network's posts for each content pillar, in percent: 40 for 40 %. Leave empty to use the pillars' overall shares.
help-always-on-times = The times of day to post on this network, used in turn, for example 12:30 and 18:00. Leave empty to use Tomster's usual times for this network.
help-always-on-ad-budget-per-month = The money spent each month to boost these everyday posts, in the strategy's currency, for example 150.
help-always-on-adapted-from = Choose the network whose posts are reused here, adapted: an adapted post takes less time than a new one. Leave empty if the posts are made for this network.
help-always-on-days = Choose the days of the week to post on this network; operations on it follow them too. None ticked: Monday to Friday on a professional network, every day elsewhere.
help-always-on-post-on-holidays = Yes to post on the public holidays of the strategy's country too; otherwise the calendar skips them.
help-always-on-max-posts-per-day = The most posts a day on this network, operations included. Leave empty to use Tomster's usual value.

## Operations
help-operation-id = A short reference for this operation, in letters, digits and hyphens without spaces, for example summer-contest: providers use it to point at the operation.
help-operation-kind = Choose the kind of operation: search ads, paid social, affiliation, influencers, contest, serious game, event, emailing or other.
help-operation-name = The operation's name, for example “Summer contest” or “Open day”.
help-operation-start = The first day of the operation, within the strategy's period.
help-operation-end = The last day of the operation, within the strategy's period.
help-operation-budget = What the operation costs in all (ads, prizes, fees), in the strategy's currency, for example 500.
help-operation-objectives = Choose the objectives this operation serves: an operation that serves none is hard to justify.
help-operation-platforms = Choose the networks the operation runs on.
help-operation-posts-per-week = Extra posts a week on each of its networks while the operation runs, for example 2. Leave empty to use Tomster's usual value.
help-operation-personas = Choose the personas the operation is aimed at.
help-operation-key-message = What the operation's posts say, in one or two sentences.
help-operation-call-to-action = What you ask people to do, for example “Enter the contest before 30 June”.

## Networks chosen
help-chosen-platform-id = Choose a network where your personas really are.
help-chosen-platform-rationale = Why this network: which personas are there and what it brings to your objectives. It appears in the strategy document.

## Tools
help-tool-name = The tool's name, for example Metricool, Canva or Hootsuite.
help-tool-category = Choose what the tool is for: scheduling, listening, design, analytics, ads, customer relations or other.
help-tool-plan = The plan you subscribe to, as the vendor names it, for example Starter or Pro.
help-tool-monthly-cost = The price per month in the strategy's currency, per seat when you give the number of seats, as vendors quote it.
help-tool-seats = How many seats (user licences) you pay for: the monthly price is multiplied by this number.
help-tool-free-tier = Yes if you use the tool's free plan.

## KPIs followed
help-kpi-plan-id = A short reference for this KPI line, in letters, digits and hyphens without spaces, for example instagram-reach.
help-kpi-plan-metric = Choose the KPI measured, from Tomster's list or your own KPIs.
help-kpi-plan-objective = Choose the objective this KPI proves.
help-kpi-plan-platform = Choose the network the figure comes from. Leave empty when the figure is not tied to one network.
help-kpi-plan-source = Where you read the figure, for example Meta Business Suite, Google Analytics or your booking system.
help-kpi-plan-review = How often you look at this KPI: daily, weekly or monthly. Frequent reviews let you adjust the plan before it is too late.
help-kpi-plan-alert-below = Tomster raises an alert when the KPI's actual pace falls below this percentage of the pace needed to reach the target, for example 80.

## Your own KPIs
help-custom-kpi-id = A short reference for this KPI, in letters, digits and hyphens without spaces, for example booked-tastings: you then choose it like Tomster's KPIs.
help-custom-kpi-name = The name of your KPI as it appears in the strategy and the reports, for example “Booked tastings”.
help-custom-kpi-unit = Choose what the figure counts: a number, a percentage, an amount of money, minutes or a ratio.
help-custom-kpi-direction = Whether a higher figure is better (bookings, sales) or a lower one (response time, cost per lead).
help-custom-kpi-measure = A level, whose latest value counts (a total of reviews, a rating), or a flow, whose values add up (bookings, new members). Without it, counts and amounts add up, percentages are levels.
help-custom-kpi-definition = How the figure is computed, in words, so that everyone counts it the same way.
help-custom-kpi-source = Where you read the figure: booking system, customer file, till...

## Your own networks
help-custom-network-id = A short reference for this network, in letters, digits and hyphens without spaces, for example discord: you then choose it like the other networks.
help-custom-network-name = The network's name, for example Discord or a local forum.
help-custom-network-formats = Choose the kinds of posts this network takes. Leave empty for text and image.
help-custom-network-metrics = Choose the KPIs this network's own statistics report, from Tomster's list or your own KPIs.
help-custom-network-professional = Yes if it is a network for professional use, like LinkedIn: Tomster looks for one when the personas are companies.

## Resources
help-resources-budget = The total budget for the whole strategy period, in the strategy's currency: Tomster checks that the plan fits in it.
help-resources-monthly-budget = The budget per month, when money is granted month by month, in the strategy's currency: each month is checked against it.
help-resources-team = The people who work on the plan, with their hours and skills: Tomster checks that the plan fits their time.
help-resources-outsourcing = Work bought from an agency or a freelancer: it takes work off the team and adds to the costs.
help-resources-training = Trainings that bring a missing skill to the team, with their cost.
help-resources-milestones = The dated steps of the plan, for example the launch or a mid-term review. They appear in the editorial calendar.

## Team
help-team-member-name = The person's name, or a role when the person is not known yet.
help-team-member-role = Their role in the plan, for example community manager, photographer or manager who approves the posts.
help-team-member-hours-per-week = Hours a week each person gives to the plan, for example 6: Tomster compares them with the hours the plan needs.
help-team-member-skills = Choose the skills this person brings: Tomster checks that every skill the plan needs is covered.
help-team-member-count = How many people this line stands for, for example 3 sales reps; hours and costs are per person. Leave empty for one.
help-team-member-hourly-cost = What an hour of this person costs, salary and charges included, in the strategy's currency: it values the time spent on the plan.
help-team-member-monthly-cost = Or, instead of the hourly cost, what this person costs a month for the hours given to the plan, in the strategy's currency.
help-team-member-start = The day the person joins the plan. Leave empty if from the strategy's start.
help-team-member-end = The day the person leaves the plan. Leave empty if until the strategy's end.

## Outsourcing
help-outsourcing-provider = The name of the agency or freelancer.
help-outsourcing-scope = What the provider does, in words, as in their quote.
help-outsourcing-skills = Choose the skills the provider brings to the plan.
help-outsourcing-formats = Choose the formats the provider produces: making these posts no longer takes the team's time.
help-outsourcing-networks = Choose the networks the provider works on; leave empty for all. If they bring community management, they also run these networks' community.
help-outsourcing-operations = Choose the operations the provider runs: their weekly work no longer takes the team's time.
help-outsourcing-posts-per-month = The most posts a month the provider produces. Leave empty for every post in their scope.
help-outsourcing-hours-per-week = The most hours a week the provider works. Leave empty for all the work in their scope.
help-outsourcing-start = The day the provider starts; a one-off cost is paid then. Leave empty if from the strategy's start.
help-outsourcing-end = The day the provider stops. Leave empty if until the strategy's end.
help-outsourcing-cost = The provider's price in the strategy's currency, per month or once depending on the billing.
help-outsourcing-billing = Whether the cost is paid every month or once. Leave empty for every month.

## Training
help-training-topic = What the training is about, for example “Short video with a phone”.
help-training-skills = Choose the skills the training brings to the team.
help-training-cost = The training's price, paid once, in the strategy's currency.
help-training-date = The day the training is paid. Leave empty for the strategy's start.

## Milestones
help-milestone-name = The step, for example “Launch on Instagram” or “Mid-term review”.
help-milestone-date = The day of this step.

## Effort assumptions
help-assumptions-minutes-per-format = Minutes your team needs to produce one post of each format, for example 45 for a short video. Leave empty to use Tomster's usual values.
help-assumptions-community-minutes-per-network-week = Minutes a week spent answering comments and messages on each network, whatever it publishes and whatever its audience. Leave empty: Tomster counts listening, each post's replies and the audience's size.
help-assumptions-community-minutes-per-post = Minutes spent answering and moderating the comments and messages one feed post brings. Leave empty to use Tomster's usual value.
help-assumptions-reporting-minutes-per-week = Minutes a week spent on reporting, for the whole plan. Leave empty to use Tomster's usual value.
help-assumptions-adaptation-minutes-per-post = Minutes to adapt a post already made for another network. Leave empty to use Tomster's usual value.
help-assumptions-operation-hours-per-week = Hours a week each kind of operation takes while it runs, for example 3 for a contest. Leave empty to use Tomster's usual values.
help-document = What the client's document holds: the chapters to include, whether the points still to settle go in an appendix, and who signs the strategy off.
help-document-options-sections = The chapters of the document to include. Leave empty for all of them; the sources are always listed.
help-document-options-findings = Yes to list the points still to settle in an appendix; no to keep them out of the client's copy (the summary then does not mention them).
help-document-options-approval = The people who approve the strategy: the document ends with a page where each signs and dates.
help-approver-name = The approver's name, as it should read on the signature line.
help-approver-role = The approver's role or company (optional), for example "Founder, Leith Botanical Distillery".
