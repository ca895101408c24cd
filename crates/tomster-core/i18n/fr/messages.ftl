# Every fixed text Tomster shows, in French. Variables are written { $name } and filled by the
# code; plurals use Fluent selectors. Rule texts are in rules.ftl.

fit-figure-uses = { $share } % des { $population } utilisent { $platform }{ $note }
fit-figure-monthly = { $share } % des { $population } utilisent { $platform } chaque mois{ $note }
fit-figure-daily = { $share } % des { $population } utilisent { $platform } chaque jour, un minimum de l'usage{ $note }
fit-figure-account = { $share } % des { $population } ont un compte { $platform } qu'ils utilisent{ $note }
fit-figure-at-least = Au moins { $share } % des { $population } utilisent { $platform } (la source donne un minimum){ $note }
fit-note-unverified = {" "}(à confirmer : le compte rendu laisse la méthode dans le flou)
fit-under-min-age = Une partie de la tranche d'âge a moins que l'âge minimum de { $platform } ({ $age } ans) : comptée comme non-utilisatrice
fit-age-gap = La base de connaissances de Tomster n'a pas de chiffre { $platform } pour une partie de la tranche d'âge : ces âges comptent comme non-utilisateurs
fit-no-age = Le persona n'a pas de tranche d'âge : les chiffres de l'ensemble des adultes sont utilisés, l'estimation est donc fragile
fit-foreign-figure = Aucun chiffre { $country } pour { $platform } entre { $from } et { $to } ans dans la base de connaissances de Tomster : le chiffre américain y est utilisé
fit-foreign-figure-age = Aucun chiffre { $country } pour { $platform } à { $from } ans dans la base de connaissances de Tomster : le chiffre américain y est utilisé
fit-country-shift = Là où le chiffre américain est utilisé, il est ajusté de { $shift } points, en comparant des populations semblables : { $local } % des { $local_population } contre { $us } % des { $us_population }
fit-no-correction = Le chiffre américain est utilisé tel quel : la base de connaissances de Tomster n'a pas de chiffre { $country } sur la même population pour le comparer
fit-local-search = { $share } % des consommateurs utilisent { $platform } (Google) pour lire les avis sur les commerces locaux avant d'en choisir un ; une enquête auprès de consommateurs américains, faute d'édition britannique ou française publiée
fit-local-place = Le persona est cherché là où il se trouve ({ $place }) : { $platform } est là où aboutit la recherche d'un commerce à proximité
fit-gender-unweighted = La base de connaissances de Tomster n'a pas de chiffre { $country } pour { $platform } par genre : le genre du persona ne change pas l'estimation
fit-no-audience-data = La base de connaissances de Tomster n'a aucun chiffre d'audience pour { $platform } : il n'est pas noté
fit-relevance-trade = Vocation du réseau { $platform } pour des acheteurs professionnels ({ $industry }), qui regardent là où sont leurs propres clients : poids { $weight }
fit-professional-figure = Pour des professionnels, le chiffre plus élevé des { $population } est retenu
fit-relevance-b2b = Vocation du réseau { $platform } pour un message professionnel (B2B) : poids { $weight }
fit-relevance-b2c = Vocation du réseau { $platform } pour un message grand public (B2C) : poids { $weight }
fit-relevance-public = Vocation du réseau { $platform } pour les usagers d'un service public ou d'une association (pondéré comme un message grand public) : poids { $weight }
fit-relevance-unknown = Le persona n'a pas de segment : { $platform } est pondéré comme pour un message grand public (B2C), poids { $weight }
fit-declared-channel = Le persona utilise { $platform } (déclaré dans ses canaux) : +{ $bonus } points, et recommandé pour cette raison
fit-declared-too-young = Le persona déclare { $platform }, mais une partie de sa tranche d'âge a moins que l'âge minimum du réseau ({ $age } ans) : non recommandé pour eux
fit-verdict-recommended = Score { $score } : recommandé (seuil { $threshold })
fit-verdict-declared = Score { $score } : recommandé parce que le persona l'utilise (seuil { $threshold })
fit-verdict-unscored = Non noté : choisissez-le selon ce que vous savez de votre public
fit-verdict-unscored-declared = Non noté : recommandé parce que le persona l'utilise
country-adjective-FR = français
country-adjective-US = américain
country-adjective-GB = britannique
country-adjective-BE = belge
country-adjective-CH = suisse
country-adjective-CA = canadien
country-adjective-other = local
fit-verdict-not-recommended = Score { $score } : non recommandé (seuil { $threshold })
step-target = Cible
step-objectives = Objectifs
step-message = Message
step-strategy = Stratégie
step-technologies = Technologies
step-evaluate = Évaluation
step-resources = Ressources
severity-error = erreur
severity-warning = avertissement
severity-advice = conseil
label-hint = piste
label-path = chemin
label-severity = gravité
label-step = étape
count-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
count-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
count-advice = { $count ->
    [one] { $count } conseil
   *[other] { $count } conseils
}
check-verdict-errors = La stratégie contient des erreurs
check-verdict-ok = Aucune erreur
init-done = Exemple `{ $example }` écrit dans { $file }. Ensuite : tomster check { $file }
recommend-networks-title = Réseaux par persona (score de 0 à 100, avec les faits qui le fondent)
recommend-no-persona = Aucun persona pour l'instant : ajoutez une entrée [[personas]] pour obtenir des recommandations.
recommend-not-recommended = Non recommandés
recommend-kpis-title = KPI par objectif (★ = celui choisi)
recommend-no-kind = L'objectif n'a pas de type : renseignez `kind` pour obtenir des suggestions de KPI.
recommend-reported-by = fourni par { $platforms }
recommend-needs-tool = nécessite un outil de type { $category }
recommend-not-reported = non fourni par les réseaux de l'objectif
unit-hours-per-week = { $hours } h/semaine
plan-workload-title = Charge de travail
plan-workload-line = Charge courante { $hours } pour une capacité d'équipe de { $capacity } ({ $percent } %)
plan-peak-line = Pic avec les opérations : { $hours }, semaine du { $week }
plan-by-network = Par réseau (h/semaine)
plan-outsourced = Externalisé
plan-unassigned = Personne pour le faire (pas d'équipe)
plan-cost-title = Coûts
plan-cost-line = Total { $total } pour un budget de { $budget }
plan-by-month = Par mois
plan-coverage-title = Couverture des messages (messages par persona et étape ; en couleur : un manque)
plan-coverage-gaps = Manques : { $count }
cost-staff = Temps de l'équipe
cost-ads = Publicité permanente
cost-tools = Outils
cost-operations = Opérations
cost-outsourcing = Externalisation
cost-training = Formation
stage-awareness = découverte
stage-consideration = considération
stage-decision = décision
stage-retention = fidélisation
none = aucun
plan-reporting = reporting
tools-reason-scheduling = Une présence permanente se tient mieux avec des publications programmées à l'avance
tools-reason-design = Le mix de formats comprend des images, carrousels, documents ou stories à concevoir
tools-reason-kpi = Un KPI du plan ne se lit pas dans les statistiques natives des réseaux
recommend-tools-title = Outils pour ce dont le plan a besoin et qu'il n'a pas (prix relevés sur les pages des éditeurs)
recommend-tools-none = Le plan a un outil pour chaque besoin.
recommend-tools-catalogue-empty = Aucun outil de ce type dans le catalogue pour l'instant
recommend-free-tier = offre gratuite : { $free }
recommend-paid-from = à partir de { $price } { $currency }/{ $per }/mois ({ $plan }, facturation { $billing })
per-channel = réseau
per-user = utilisateur
per-account = compte
billing-annual = annuelle
billing-monthly = mensuelle
calendar-to-write = {"["}à rédiger]
calendar-format = Format
calendar-pillar = Pilier
calendar-persona = Persona
calendar-stage = Étape
calendar-operation = Opération
calendar-kind = Type
calendar-networks = Réseaux
calendar-operation-summary = Opération : { $name }
calendar-written = { $count } publications écrites dans { $target }
calendar-skipped-networks = Metricool n'a pas de colonne pour { $networks } : leurs publications ne figurent pas dans ce fichier
calendar-needs-output = le format Hootsuite écrit un fichier par réseau : indiquez un dossier avec -o
calendar-review-summary = { $count ->
    [one] Revue des indicateurs
   *[other] Revue des indicateurs ({ $count } indicateurs)
}
calendar-deadline-summary = Échéance de l'objectif : { $objective }
calendar-milestone-summary = Jalon : { $name }
calendar-note-posts-dropped = { $posts ->
    [one] { $posts } publication de l'opération « { $operation } » sur { $platform } n'a trouvé aucun jour de publication disponible (au plus { $max } par jour sur ce réseau, opérations comprises) : elle ne figure pas dans le calendrier.
   *[other] { $posts } publications de l'opération « { $operation } » sur { $platform } n'ont trouvé aucun jour de publication disponible (au plus { $max } par jour sur ce réseau, opérations comprises) : elles ne figurent pas dans le calendrier.
}
calendar-note-posts-dropped-hint = Relevez `max_posts_per_day` sur la présence permanente de ce réseau, baissez le `posts_per_week` de l'opération ou allongez-la.
calendar-note-posts-dropped-always-on = { $posts ->
    [one] { $posts } publication permanente sur { $platform } n'a trouvé aucun jour de publication disponible sur la période : elle ne figure pas dans le calendrier.
   *[other] { $posts } publications permanentes sur { $platform } n'ont trouvé aucun jour de publication disponible sur la période : elles ne figurent pas dans le calendrier.
}
calendar-note-posts-dropped-always-on-hint = Vérifiez les `days` et le `max_posts_per_day` de cette présence.
calendar-note-cap-raised = Le rythme permanent sur { $platform } demande { $needed } publications certains jours, au-delà du plafond de { $max } par jour : le calendrier les place toutes.
calendar-note-cap-raised-hint = Répartissez-les sur plus de jours (`days`) ou fixez `max_posts_per_day`.
calendar-note-pillar-missed = Sur { $platform }, le pilier « { $pillar } » reçoit { $actual } des publications au lieu de { $planned } : trop peu des messages écrits pour ce réseau en relèvent.
calendar-note-format-missed = Sur { $platform }, le format « { $format } » reçoit { $actual } des publications au lieu de { $planned } : les types de contenu des messages ne lui laissent pas plus de place.
doc-contents = Sommaire
doc-version = Version du
doc-page = Page
doc-period = Période
doc-chart-omitted = Graphique omis dans cette sortie : voir le document HTML ou PDF.
doc-period-range = du { $start } au { $end }
doc-summary = Synthèse
doc-verdict = Contrôle de cohérence : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}, { $advice ->
    [one] { $advice } conseil
   *[other] { $advice } conseils
}.
doc-personas = Personas
doc-networks = Réseaux
doc-monthly-budget = Dépense mensuelle (moyenne)
doc-total-cost = Coût total
doc-cost-against-budget = { $total } pour un budget de { $budget }
doc-hours-per-week = Heures par semaine
doc-hours-against-capacity = { $hours } h pour une capacité d'équipe de { $capacity } h
doc-objective = Objectif
doc-kpi = KPI
doc-baseline = Point de départ
doc-target = Cible
doc-deadline = Échéance
doc-kind = Type
doc-objectives-caption = Objectifs, avec leur KPI, leur cible et leur échéance
doc-target-intro = À qui la stratégie s'adresse exactement : les personas, leurs attentes et leur comportement en ligne.
doc-none-yet = Rien n'est encore écrit pour cette étape.
doc-segment = Segment
doc-age = Âge
doc-age-range = de { $min } à { $max } ans
doc-gender = Genre
doc-location = Lieu
doc-occupation = Profession
doc-industry = Secteur
doc-employees = { $size } salariés
doc-company-size = Taille d'entreprise
doc-channels = Réseaux utilisés
doc-technographics = Profil sociotechnographique
doc-stage-mix = Parcours d'achat
doc-priority = Priorité
doc-goals = Objectifs personnels
doc-pain-points = Irritants
doc-questions = Questions
doc-objections = Objections
doc-objectives-intro = Pourquoi l'organisation est sur les réseaux sociaux, et dans quelle mesure : chaque objectif a un KPI, un point de départ, une cible et une échéance.
doc-message-intro = Ce qui est dit à chaque persona à chaque étape de son parcours, et les piliers de contenu qui le portent.
doc-pillars-caption = Piliers de contenu et leur part des publications
doc-pillar = Pilier
doc-pillars = Piliers
doc-share = Part
doc-messages-caption = Matrice des messages
doc-persona = Persona
doc-stage = Étape
doc-key-message = Message clé
doc-proof-points = Preuves
doc-content-types = Types de contenu
doc-call-to-action = Appel à l'action
doc-coverage-caption = Messages par persona et par étape (⚠ une étape qui compte n'a pas de message)
doc-strategy-intro = L'écosystème : la présence permanente sur chaque réseau, les opérations ponctuelles et les médias propriétaires vers lesquels ils mènent.
doc-website = Site web
doc-blog = Blog
doc-newsletter = Lettre d'information
doc-always-on = Présence permanente
doc-always-on-caption = Publications par semaine et par réseau
doc-network = Réseau
doc-posts-per-week = Publications par semaine
doc-formats = Formats
doc-operations = Opérations
doc-no-operation = Aucune opération ponctuelle n'est prévue.
doc-operations-caption = Opérations ponctuelles
doc-operation = Opération
doc-dates = Dates
doc-budget = Budget
doc-objectives = Objectifs
doc-technologies-intro = Les réseaux choisis, pourquoi, et dans quelle mesure chacun atteint chaque persona (score d'adéquation de 0 à 100), puis les outils.
doc-rationale = Pourquoi
doc-networks-caption = Réseaux choisis et leur score d'adéquation par persona
doc-tools = Outils
doc-no-tool = Aucun outil n'est indiqué.
doc-tools-caption = Outils de gestion de communauté
doc-tool = Outil
doc-category = Catégorie
doc-plan = Charge de travail et coûts
doc-monthly-cost = Coût mensuel
doc-seats = Licences
doc-evaluate-intro = Les KPI qui prouvent chaque objectif : formule, source des données, fréquence de revue et seuil d'alerte.
doc-kpis-caption = Tableau des KPI
doc-formula = Formule
doc-data-source = Source des données
doc-review = Revue
doc-alert = Alerte
doc-alert-below = sous { $percent } du rythme nécessaire
doc-resources-intro = Budget, temps, compétences et personnes : en interne, externalisé ou formé.
doc-no-team = Aucun membre d'équipe n'est indiqué : personne n'est là pour mener le plan.
doc-team-caption = Équipe
doc-member = Membre
doc-role = Rôle
doc-hours = Heures par semaine
doc-skills = Compétences
doc-outsourcing-caption = Externalisation
doc-provider = Prestataire
doc-scope = Périmètre
doc-cost = Coût
doc-training-caption = Formation
doc-topic = Sujet
doc-date = Date
doc-milestones = Jalons
doc-recommendations = Recommandations
doc-recommendations-intro = Les réseaux sont notés par persona à partir de chiffres d'audience sourcés ; un réseau est recommandé à partir d'un score de { $threshold }. Les raisons et leurs sources suivent.
doc-chart-fit = Adéquation des réseaux par persona (0 à 100)
doc-chart-fit-note = Lignes : personas. En gras : recommandé.
doc-no-recommended-network = Aucun réseau n'atteint le seuil de recommandation pour ce persona.
doc-kpi-suggestions = KPI qui prouvent chaque objectif
doc-kpi-suggestions-caption = KPI suggérés (★ celui choisi)
doc-suggested-kpis = KPI suggérés
doc-plan-intro = Ce que le plan coûte en heures et en argent, d'après les hypothèses d'effort modifiables de la base de connaissances et les chiffres de la stratégie.
doc-workload = Charge de travail
doc-capacity = Capacité de l'équipe (heures par semaine)
doc-peak = Semaine la plus chargée
doc-peak-value = { $hours } h, semaine du { $week }
doc-outsourced = Externalisé (heures par semaine)
doc-hours-unit = h
doc-chart-hours = Heures par semaine par réseau
doc-chart-hours-axis = Heures par semaine
doc-members-caption = Charge par membre de l'équipe (heures par semaine)
doc-load = Charge
doc-costs = Coûts
doc-chart-budget-category = Coûts par catégorie
doc-chart-budget-month = Coûts par mois
doc-chart-amount-axis = Montant ({ $currency })
doc-calendar = Aperçu du calendrier éditorial
doc-calendar-intro = La présence permanente et les opérations donnent { $count } publications sur la période, à l'heure de { $timezone }. Le même calendrier existe en fichiers pour les agendas et les outils de programmation.
doc-from-to = du { $start } au { $end }
doc-chart-operations = Les opérations sur la période
doc-chart-posts = Publications par mois et par réseau
doc-chart-month-axis = Mois
doc-chart-posts-axis = Publications
doc-month = Mois
doc-total = Total
doc-calendar-caption = Publications par mois et par réseau
doc-no-post = Le plan n'a encore aucune publication : ajoutez une présence permanente.
doc-findings = Annexe : contrôle de cohérence
doc-no-finding = Le contrôle n'a trouvé aucune contradiction entre les sept étapes.
doc-findings-caption = Constats du contrôle de cohérence
doc-prepared-by = Préparé par { $who }
doc-footer = Document réalisé avec Tomster, selon la méthode TOMSTER (E. Vivier, HUB Institute, 2011).
doc-finding-severity = Gravité
doc-finding-step = Étape
doc-finding-advice = Que faire
list-and = { $first } et { $last }
doc-exec-audience-for = Cette stratégie est celle de { $organisation }. Elle s'adresse à { $personas }.
doc-exec-audience = Cette stratégie s'adresse à { $personas }.
doc-exec-objectives = { $count ->
    [one] Elle poursuit un objectif, à atteindre d'ici le { $deadline } : { $objectives }.
   *[other] Elle poursuit { $count } objectifs, le dernier à atteindre d'ici le { $deadline } : { $objectives }.
}
doc-exec-more = { $count ->
    [one] un autre objectif
   *[other] { $count } autres objectifs
}
doc-exec-network-cadence = { $network } ({ $posts ->
    [one] { $posts } publication par semaine
   *[other] { $posts } publications par semaine
})
doc-exec-presence = Elle est présente sur { $networks }{ $operations ->
    [0] {""}
    [one] , avec une opération datée
   *[other] , avec { $operations } opérations datées
} : { $posts ->
    [one] une publication
   *[other] { $posts } publications
} sur la période.
doc-exec-cost-budget = Elle coûte { $total } sur la période, soit environ { $monthly } par mois, pour un budget de { $budget }, et demande { $hours } heures par semaine à l'équipe, qui en a { $capacity }.
doc-exec-cost = Elle coûte { $total } sur la période, soit environ { $monthly } par mois, et demande { $hours } heures par semaine à l'équipe, qui en a { $capacity }.
doc-exec-settle = { $count ->
    [one] Le point à régler d'abord
   *[other] Les { $count } points à régler d'abord
}
doc-finding = Constat
doc-sources = Sources
doc-sources-intro = Les faits et les hypothèses modifiables sur lesquels repose ce document.
billing-once = en une fois
kind-awareness = Notoriété
kind-engagement = Engagement
kind-traffic = Trafic
kind-leads = Prospects
kind-sales = Ventes
kind-retention = Fidélisation
kind-customer_service = Service client
kind-employer_brand = Marque employeur
gender-female = Femmes
gender-male = Hommes
gender-mostly_female = Majoritairement des femmes
gender-mostly_male = Majoritairement des hommes
gender-mixed = Mixte
operation-search_ads = Publicité sur moteur de recherche
operation-paid_social = Publicité sociale
operation-affiliation = Affiliation
operation-influence = Influence
operation-contest = Jeu concours
operation-serious_game = Jeu sérieux
operation-event = Événement
operation-emailing = Emailing
operation-other = Autre
review-daily = Quotidienne
review-weekly = Hebdomadaire
review-monthly = Mensuelle
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
render-pdf-needs-output = un PDF est binaire : indiquez le fichier à écrire avec -o FICHIER.pdf
render-written = { $file } écrit
render-has-errors = La stratégie contient { $count ->
    [one] { $count } erreur : le document l'affiche
   *[other] { $count } erreurs : le document les affiche
} en tête de la synthèse.
calendar-hootsuite-unwritten = { $count ->
    [one] { $count } publication n'a pas encore de message : elle ne figure pas dans les fichiers Hootsuite, qui la publieraient telle quelle
   *[other] { $count } publications n'ont pas encore de message : elles ne figurent pas dans les fichiers Hootsuite, qui les publieraient telles quelles
}
doc-tool-plan = Offre
cost-per-monthly = par mois
cost-per-once = en une fois
technographic-creators = créateurs
technographic-conversationalists = conversationnels
technographic-critics = critiques
technographic-collectors = collectionneurs
technographic-joiners = membres
technographic-spectators = spectateurs
technographic-inactives = inactifs
aida-attention = attention
aida-interest = intérêt
aida-desire = désir
aida-action = action
format-text = texte
format-image = image
format-carousel = carrousel
format-short_video = vidéo courte
format-long_video = vidéo longue
format-story = story
format-live = live
format-article = article
format-poll = sondage
format-document = document
category-scheduling = programmation
category-listening = écoute
category-design = création graphique
category-analytics = statistiques
category-ads = publicité
category-crm = CRM
category-other = autre
skill-copywriting = rédaction
skill-photo = photo
skill-video = vidéo
skill-design = graphisme
skill-community_management = animation de communauté
skill-analytics = analyse de données
skill-ads = publicité
skill-strategy = stratégie
error-range-inverted = --from { $from } est après --to { $to }
error-unknown-example = exemple inconnu `{ $name }`, attendu : { $names }
error-file-exists = { $file } existe déjà ; utilisez --force pour le remplacer
error-unknown-code = code de diagnostic inconnu `{ $code }` ; `tomster explain all` les liste
error-cannot-read = impossible de lire { $file } : { $error }
error-output-is-input = { $file } est la stratégie elle-même : choisissez une autre sortie avec -o
error-logo-too-large = le logo { $file } dépasse 2 Mio : un logo de couverture demande bien moins (exportez-le plus petit)
error-logo-type = le logo { $file } n'est pas une image PNG, JPEG ou SVG
error-logo-damaged = le logo { $file } est endommagé : il commence comme une image mais ne se lit pas comme telle (exportez-le à nouveau)
error-logo-dimensions = le logo { $file } dépasse 4 096 pixels de large ou de haut : un logo de couverture en demande bien moins (exportez-le plus petit)
error-logo-unreadable = impossible de lire le logo { $file } ({ $error }) : le chemin du logo part du dossier du fichier de stratégie
error-output-is-folder = { $file } est un dossier : donnez à -o le nom d'un fichier, dans ce dossier ou ailleurs
calendar-nothing = rien à mettre dans le calendrier : le plan n'a ni présence permanente ni opération datée sur cette période
check-has-errors = La stratégie contient { $count ->
    [one] { $count } erreur : `tomster check` l'affiche.
   *[other] { $count } erreurs : `tomster check` les affiche.
}
kpi-no-nearest = aucun proche dans le catalogue
doc-budget-per-month = Budget mensuel
doc-providers-caption = Travail externalisé : les heures dont chaque prestataire décharge l'équipe, et son coût
doc-provider-hours = Heures par semaine
doc-provider-weeks = Semaines
doc-provider-cost = Coût
doc-provider-hour-cost = Coût par heure gagnée
plan-provider-line = { $provider } : { $hours } h par semaine sur { $weeks } semaines, { $cost } ({ $per_hour } par heure gagnée)
plan-monthly-budget-line = Budget mensuel { $budget } ; mois au-delà : { $months }
sector-alcohol = de l'alcool
sector-health_products = des produits de santé
sector-financial_services = des services financiers
sector-gambling = des jeux d'argent
sector-food_for_children = de l'alimentation pour enfants
restriction-financial_services = certains produits financiers, dont les crypto-actifs, ne peuvent pas être promus
restriction-gambling = les jeux d'argent ne peuvent être promus que sur des plateformes capables d'exclure les mineurs, et les abonnements à des pronostics sportifs pas du tout
restriction-health_products = la chirurgie esthétique et les médicaments ne peuvent pas être promus, et les autres produits de santé suivent les règles de la publicité médicale
recommend-own-kpi = votre propre KPI, relevé dans : { $source }

# Erreurs de chargement : ce qui empêche de lire le fichier, et ce qu'il faut écrire à la place.
load-date-format = une date s'écrit AAAA-MM-JJ (par exemple 2027-01-31), trouvé `{ $text }`
load-date-year = l'année doit être comprise entre { $first } et { $last }, trouvé { $year }
load-date-impossible = `{ $text }` n'est pas un jour du calendrier
load-date-expected = une date s'écrit AAAA-MM-JJ
load-date-table = une date s'écrit AAAA-MM-JJ, trouvé une table
load-date-time = une date s'écrit sans heure (AAAA-MM-JJ), trouvé `{ $text }`
load-id = un identifiant s'écrit avec des lettres, des chiffres, '-', '_' ou '.', 64 caractères au plus, trouvé `{ $text }`
load-network-id = un identifiant de réseau s'écrit avec des lettres, des chiffres, '-', '_' ou '.', comme `instagram`, trouvé `{ $text }`
load-kpi-id = un identifiant de KPI s'écrit avec des lettres, des chiffres, '-', '_' ou '.', comme `reach` ou `conversions`, trouvé `{ $text }`
load-web-address = une adresse web commence par https:// et ne contient pas d'espace, trouvé `{ $text }`
load-colour = une couleur s'écrit #RRVVBB, par exemple #7a1f3d, trouvé `{ $text }`
load-currency = un code de devise s'écrit en trois majuscules (EUR, USD...), trouvé `{ $text }`
load-country = un code de pays s'écrit en deux majuscules (FR, US...), trouvé `{ $text }`
load-region = un code de région s'écrit comme GB-SCT ou FR-IDF (le code du pays, un tiret, puis une à trois majuscules ou chiffres), trouvé `{ $text }`
load-time = une heure s'écrit HH:MM sur 24 heures (par exemple 12:30), trouvé `{ $text }`
load-time-zone = fuseau horaire inconnu `{ $text }` : attendu un nom IANA comme Europe/Paris ou America/New_York
load-number-at-least = { $what } doit être un nombre au moins égal à { $minimum }, trouvé { $value }
load-number-between = { $what } doit être compris entre { $minimum } et { $maximum }, trouvé { $value }
value-Share = une part (0.4 vaut 40 %)
value-Money = un montant
value-PerWeek = un nombre de publications par semaine
value-PerMonth = un nombre de publications par mois
value-HoursPerWeek = un nombre d'heures par semaine
value-Minutes = une durée en minutes
value-PaceRatio = une part du rythme nécessaire (0.8 vaut 80 %)
value-people-count = un nombre de personnes
load-not-finite = un nombre fini est attendu, trouvé { $value }
load-seasonality = douze poids sont attendus, de janvier à décembre, aucun négatif et pas tous nuls ; { $count } valeurs trouvées
load-target = attendu un nombre (le niveau à atteindre), un gain sur la valeur de départ comme "+500", ou une évolution en pourcentage comme "+30 %" ou "-10 %", trouvé "{ $text }"
load-target-range = une évolution par rapport à la valeur de départ doit être supérieure à -100 % et au plus de +1 000 000 %, trouvé "{ $text }"
load-age = un âge s'écrit en nombre entier de 0 à { $oldest }, trouvé { $age }
load-company-size = taille d'entreprise inconnue `{ $text }` : attendu l'une de { $expected }
load-too-large = le fichier fait { $bytes } octets, plus que les { $limit } Mio qu'une stratégie peut occuper : est-ce le bon fichier ?
load-not-utf8 = le fichier n'est pas un texte UTF-8 : l'octet { $byte } ne peut pas commencer un caractère ; enregistrez le fichier en UTF-8
load-empty = le fichier est vide : une stratégie a besoin au moins d'une table [strategy] avec `name`, `start` et `end` (essayez `tomster init`)
load-control-character = le texte contient le caractère invisible { $code }, qui n'est pas admis (il casse les documents et les terminaux) : supprimez-le, ou retapez le texte
load-schema-newer = ce fichier est écrit dans la version { $version } du format de stratégie, et ce Tomster lit les versions 1 à { $latest } : mettez Tomster à jour pour l'ouvrir
load-schema-invalid = `schema_version` doit être un nombre entier de 1 à { $latest } (la version du format de stratégie)
load-missing-strategy = la table [strategy] manque : une stratégie a besoin au moins de `name`, `start` et `end` dans une table [strategy]
load-strategy-list = `[[strategy]]` crée une liste de stratégies : écrivez `[strategy]`, avec des crochets simples (un fichier contient une seule stratégie)
load-unknown-field = champ inconnu `{ $field }` : attendu l'un de { $expected }
load-missing-field = le champ `{ $field }` manque
load-unknown-variant = valeur inconnue `{ $value }` : attendu l'une de { $expected }
load-duplicate-key = cette clé est écrite deux fois dans la même table : n'en gardez qu'une
load-toml = le fichier n'est pas du TOML valide à cet endroit : vérifiez les guillemets, les crochets et les signes =
load-wrong-type-number = attendu { $expected }, trouvé le nombre { $value }
load-wrong-type-text = attendu { $expected }, trouvé le texte { $value }
load-wrong-type-table = attendu { $expected }, trouvé une table
load-wrong-type-list = attendu { $expected }, trouvé une liste
load-wrong-type-other = attendu { $expected }, trouvé { $found }
expected-age-range = une tranche d'âge comme `{"{"} min = 25, max = 40 {"}"}`
expected-stage-mix = une répartition par étape comme `{"{"} awareness = 0.5, consideration = 0.3, decision = 0.2 {"}"}`
expected-list = une liste entre crochets, comme `["premier", "second"]`
expected-table = une table de champs
expected-u8 = un nombre entier de 0 à 255
expected-u32 = un nombre entier de 0 à 4294967295
expected-whole-number = un nombre entier
expected-number = un nombre
expected-boolean = true ou false
expected-text = un texte entre guillemets
what-persona = persona
what-objective = objectif
what-pillar = pilier
what-operation = opération
what-KPI = KPI
what-network = réseau
load-duplicate-id = identifiant { $what } en double `{ $id }` : { $first } l'utilise déjà ; les identifiants doivent être uniques
load-unknown-reference = { $what } `{ $id }` introuvable : aucune entrée [[{ $list }]] n'a cet identifiant (attendu l'un de { $known })
load-unknown-reference-none = { $what } `{ $id }` introuvable : aucune entrée [[{ $list }]] n'a cet identifiant (il n'y a pas encore d'entrée [[{ $list }]])
load-list-limit = une stratégie peut avoir au plus { $limit } entrées `{ $list }`, et celle-ci en a { $length } : répartissez-la en plusieurs stratégies
load-custom-kpi-clash = `{ $id }` est déjà un KPI du catalogue : utilisez-le tel quel, ou donnez un autre identifiant à votre KPI
load-custom-network-clash = `{ $id }` est déjà un réseau du catalogue : utilisez-le tel quel, ou donnez un autre identifiant à votre réseau
load-unknown-network-guess = réseau inconnu `{ $id }` (vouliez-vous dire `{ $nearest }` ?) : utilisez un réseau du catalogue ({ $catalogue }), ou déclarez-le dans une entrée [[custom_networks]] avec cet identifiant et un nom
load-unknown-network = réseau inconnu `{ $id }` : utilisez un réseau du catalogue ({ $catalogue }), ou déclarez-le dans une entrée [[custom_networks]] avec cet identifiant et un nom
load-period-too-long = la stratégie dure { $days } jours : une stratégie peut couvrir au plus { $years } ans ; répartissez-la en plusieurs
segment-b2c = B2C (particuliers)
segment-b2b = B2B (entreprises)
segment-public = Service public ou association (usagers, adhérents)
statistic-median = une médiane
statistic-average = une moyenne

# Différences entre deux versions d'une stratégie (`diff`), en mots. Le code met en majuscule la
# première lettre d'une phrase ; les noms de champs restent tels qu'écrits dans le fichier.
diff-document = document
diff-section-strategy = stratégie
diff-section-resources = ressources
diff-section-assumptions = hypothèses
diff-list-personas = persona
diff-list-objectives = objectif
diff-list-pillars = pilier
diff-list-messages = message
diff-list-always_on = présence permanente
diff-list-operations = opération
diff-list-platforms = réseau
diff-list-tools = outil
diff-list-kpis = KPI
diff-list-custom_kpis = KPI propre
diff-list-custom_networks = réseau propre
diff-list-team = membre de l'équipe
diff-list-outsourcing = prestataire
diff-list-training = formation
diff-list-milestones = jalon
diff-subject-item = { $noun } `{ $id }`
diff-subject-index = { $noun } n° { $index }
diff-added = ajout : { $subject }
diff-added-named = ajout : { $subject } ({ $value })
diff-removed = suppression : { $subject }
diff-removed-named = suppression : { $subject } ({ $value })
diff-moved = { $subject } : déplacement de la position { $from } à la position { $to }
diff-field-added = { $subject } : ajout du champ { $field } ({ $value })
diff-field-removed = { $subject } : suppression du champ { $field } (ancienne valeur : { $value })
diff-field-changed = { $subject } : { $field } { $old } → { $new }
diff-changed = { $subject } : { $old } → { $new }
diff-separator = {" ; "}
diff-no-change = aucune modification

# The monthly review (document/review.rs)
review-title = Bilan mensuel, { $month } : { $name }
review-glance = Le mois en bref
review-glance-intro = Où en est chaque objectif au { $date }, d'après les chiffres importés.
review-glance-line = { $objective } : { $status }
review-no-objective = La stratégie n'a pas encore d'objectif.
review-objectives = Les objectifs
review-status = État
review-kpi = KPI
review-actual = Mesuré
review-expected = Attendu à cette date
review-target = Cible
review-target-by = { $target } au { $deadline }
review-forecast = Prévision
review-forecast-value = environ { $value } (entre { $low } et { $high }), sur { $periods } périodes
review-chart-description = { $kpi } mesuré ({ $measured }) face au chemin attendu pour atteindre { $target } au { $deadline }.
review-legend-actual = mesuré
review-legend-expected = attendu
review-legend-target = cible
review-legend-forecast = prévision
review-execution = Prévu et publié
review-execution-intro = Publications parties sur les publications prévues par le calendrier éditorial, par réseau, pour chaque semaine du mois.
review-no-weeks = Aucune semaine de ce mois à montrer.
review-week = Semaine
review-week-label = Semaine du { $day }
review-not-imported = non importé
review-published-of = { $published } sur { $planned }
review-execution-caption = Publications parties sur publications prévues
format-untold = format non indiqué
review-formats-intro = Les publications de chaque réseau par format, sur les mêmes semaines, pour autant que ses exports donnent le type de chaque publication.
review-formats-caption = Formats prévus et publiés
review-network = Réseau
review-format = Format
review-format-not-told = non indiqué
review-operations-caption = Les opérations du mois
review-operation = Opération
review-dates = Dates
review-planned = Prévues
review-published = Parties
review-findings = Ce qu'il faut ajuster
review-no-findings = Rien à ajuster ce mois-ci.
review-decisions = Décisions prises
review-decisions-unknown = Aucun relevé des changements apportés à la stratégie n'accompagne ce bilan.
review-no-decisions = Aucun changement de la stratégie n'a été enregistré ce mois-ci.
review-no-comment = une nouvelle version, sans commentaire
calendar-review-results = Où en est chaque objectif : { $url }
review-best = Les meilleures publications du mois
review-best-caption = Pour « { $objective } », classées selon « { $metric } »
review-best-date = Publiée le
review-best-network = Réseau
review-best-post = Publication
review-best-no-text = (sans texte)
review-best-none = Aucune publication du mois ne porte les chiffres selon lesquels les objectifs sont lus.
