# The checker's rules, in French: rule-CODE-title, -message, -hint, -advice and -explanation.
#
# The title, the message and the advice are shown to clients in the strategy document: they
# name things by their names and say nothing of the file (no field, syntax, command or id).
# The hint is for whoever edits the file and may name fields.
# Severity and step are in ../../rules.toml.

rule-T001-title = Aucun persona
rule-T001-message = La stratégie n'a aucun persona : personne n'est défini comme destinataire.
rule-T001-hint = Ajoutez une entrée `[[personas]]` avec `id`, `name`, `segment` et `age`, puis ses `goals` et `pain_points`.
rule-T001-advice = Décrivez au moins une personne à qui la stratégie s'adresse : qui elle est, son âge, ce qu'elle veut et ce qui la retient.
rule-T001-explanation =
    La cible est la première étape de TOMSTER parce que toutes les réponses suivantes sont choisies
    pour quelqu'un : les objectifs disent ce qui doit changer dans le comportement d'un persona, les
    messages s'adressent à un persona à une étape de son parcours, et les réseaux sont choisis là où
    les personas se trouvent vraiment. Sans persona, Tomster ne peut estimer ni les réseaux adaptés,
    ni les messages manquants, ni savoir si un objectif vise quelqu'un. Décrivez un à trois personas :
    qui ils sont (segment, âge, métier ou secteur), ce qu'ils veulent et ce qui les gêne, les
    questions et objections qu'ils ont avant d'acheter. Par exemple : `id = "commercant"`,
    `segment = "b2b"`, `age = {"{"} min = 35, max = 55 {"}"}`, `industry = "commerce de détail"`.

rule-T002-title = Persona sans segment ou sans âge
rule-T002-message = Il manque au persona « { $persona } » { $missing ->
        [segment] son segment
        [age] sa tranche d'âge
       *[both] son segment et sa tranche d'âge
    } : les recommandations de réseaux pour ce persona seront fragiles.
rule-T002-hint = Ajoutez au persona `segment = "b2c"` (ou `"b2b"`) et une tranche d'âge comme `age = {"{"} min = 25, max = 44 {"}"}`.
rule-T002-advice = { $missing ->
        [age] Donnez une tranche d'âge approximative pour « { $persona } »
        [segment] Précisez si « { $persona } » achète pour lui-même ou pour son entreprise, ou s'il est usager d'un service public
       *[both] Précisez si « { $persona } » achète pour lui-même ou pour son entreprise, ou s'il est usager d'un service public, et donnez une tranche d'âge approximative
    } : le choix des réseaux en dépend.
rule-T002-explanation =
    Tomster estime dans quelle mesure chaque réseau atteint un persona à partir de chiffres d'audience
    publiés, et ces chiffres dépendent fortement de l'âge : Instagram est utilisé par 78 % des adultes
    américains de 18 à 29 ans mais par 15 % des 65 ans et plus, Snapchat par 65 % contre 4 % (Pew
    Research Center, 2023). Sans tranche d'âge, c'est le chiffre de l'ensemble des adultes qui est
    utilisé et l'estimation devient floue. Le segment décide du poids de la vocation de chaque réseau :
    pour un persona B2B, LinkedIn compte le plus, pour un persona B2C ce sont les réseaux grand public ;
    un persona sans segment est traité comme B2C. Renseignez les deux, même approximativement :
    `segment = "b2b"`, `age = {"{"} min = 30, max = 50 {"}"}`.

rule-T003-title = Tranche d'âge inversée
rule-T003-message = La tranche d'âge du persona « { $persona } » va de { $min } à { $max } ans : le minimum dépasse le maximum.
rule-T003-hint = Inversez les deux valeurs si elles ont été permutées : `age = {"{"} min = { $max }, max = { $min } {"}"}`.
rule-T003-advice = Corrigez la tranche d'âge de « { $persona } » : les deux âges ont sans doute été inversés, et elle devrait aller de { $max } à { $min } ans.
rule-T003-explanation =
    La tranche d'âge pilote l'adéquation des réseaux : Tomster fait la moyenne, sur chaque année de la
    tranche, du taux d'usage publié pour la classe d'âge qui la contient. Une tranche dont le minimum
    dépasse le maximum ne contient aucune année : aucune estimation n'est possible et les
    recommandations de réseaux du persona n'ont pas de sens. C'est presque toujours une faute de
    frappe : les deux valeurs ont été inversées. Écrivez l'âge le plus jeune en premier, par exemple
    `age = {"{"} min = 25, max = 40 {"}"}`.

rule-T004-title = La répartition par étape ne fait pas 100 %
rule-T004-message = La répartition du persona « { $persona } » sur le parcours d'achat totalise { $total } et non 100 %.
rule-T004-hint = Ajustez `stage_mix` pour que `awareness`, `consideration`, `decision` et `retention` totalisent 1 (par exemple 0.5, 0.3, 0.15 et 0.05).
rule-T004-advice = Revoyez la répartition des personnes de « { $persona } » sur le parcours d'achat (découverte, comparaison, décision, clients fidèles) pour que les parts totalisent 100 %.
rule-T004-explanation =
    La répartition par étape indique comment les personnes d'un persona se répartissent sur le
    parcours d'achat : combien vous découvrent (awareness), comparent (consideration), sont prêtes à
    acheter (decision) ou sont déjà clientes (retention). Tomster s'en sert pour vérifier que chaque
    étape qui pèse 10 % ou plus a un message (règle M002). Les parts s'écrivent de 0 à 1 (0.4 vaut
    40 %) et doivent totaliser 1, à un point près environ. Un total différent de 100 % signifie
    généralement qu'une étape a été oubliée ou qu'un chiffre a été saisi en pourcentage (40 au lieu
    de 0.4).

rule-T005-title = Persona sans buts ni difficultés
rule-T005-message = Le persona « { $persona } » n'a ni buts ni difficultés.
rule-T005-hint = Ajoutez au persona `goals = ["..."]` et `pain_points = ["..."]` : ce qu'il veut accomplir, et ce qui l'en empêche.
rule-T005-advice = Notez, avec ses propres mots, deux ou trois choses que « { $persona } » veut accomplir et deux ou trois obstacles qui l'en empêchent.
rule-T005-explanation =
    Un persona ne se résume pas à un âge et un segment : un message porte quand il répond à ce que la
    personne veut ou lève ce qui la gêne. Sans buts ni difficultés, les messages clés parlent de
    l'entreprise plutôt que du client, et les piliers de contenu sont choisis par habitude. Écrivez-en
    deux ou trois de chaque, avec les mots du persona. Par exemple, pour une gérante de boulangerie :
    but « remplir les après-midi creux », difficulté « pas le temps de publier chaque jour ».

rule-T006-title = Persona B2B sans secteur ou taille d'entreprise
rule-T006-message = Le persona B2B « { $persona } » n'a pas de secteur ou pas de taille d'entreprise.
rule-T006-hint = Ajoutez au persona `industry = "..."` et `company_size = "11-50"` (l'une des valeurs 1-10, 11-50, 51-250, 251-1000, 1000+).
rule-T006-advice = Indiquez le secteur de l'entreprise de « { $persona } » et à peu près combien de personnes elle emploie : les deux déterminent la durée de la décision d'achat et les preuves qui convainquent.
rule-T006-explanation =
    En B2B, l'entreprise de l'acheteur façonne tout le parcours. Le secteur donne le vocabulaire, les
    événements et les preuves qui convainquent (un cas client du même secteur), tandis que la taille
    de l'entreprise indique la longueur du cycle d'achat et le nombre de personnes qui participent à
    la décision : un indépendant décide seul en une journée, le service achats d'une entreprise de
    plus de 1000 salariés prend des mois. Sans ces informations, les messages restent génériques et
    les contenus de l'étape décision manquent leur cible. Renseignez les deux champs, même
    approximativement.

rule-T007-title = Persona sans questions ni objections
rule-T007-message = Le persona « { $persona } » n'a ni questions ni objections.
rule-T007-hint = Ajoutez au persona `questions = ["..."]` et `objections = ["..."]` : ce qu'il demande avant d'acheter, et ce qui le retient.
rule-T007-advice = Listez les questions que « { $persona } » se pose avant d'acheter et les objections qui le retiennent ; les commerciaux et le service client les entendent tous les jours.
rule-T007-explanation =
    Les questions et les objections sont la matière première du milieu et du bas du tunnel. Les
    questions alimentent les contenus de considération (tutoriels, guides, webinaires, FAQ) ; les
    objections alimentent les contenus de décision (témoignages, comparatifs, pages de tarifs,
    essais). Elles préparent aussi les réponses du community manager aux commentaires et aux messages
    privés. Recueillez-les auprès des commerciaux, du service client et dans les commentaires de vos
    publications ou de celles de vos concurrents.

rule-O001-title = Aucun objectif
rule-O001-message = La stratégie n'a aucun objectif : rien ne dit pourquoi vous êtes sur les réseaux sociaux, ni ce que vous en attendez.
rule-O001-hint = Ajoutez une entrée `[[objectives]]` avec `id`, `kind`, `kpi`, `baseline`, `target` et `deadline`.
rule-O001-advice = Fixez au moins un objectif : ce qui doit changer grâce aux réseaux sociaux, le chiffre qui le prouvera, sa valeur aujourd'hui, le niveau à atteindre et l'échéance.
rule-O001-explanation =
    Beaucoup d'entreprises vont sur les réseaux sociaux parce que tout le monde y est, publient
    quelques mois, ne voient aucun résultat et abandonnent. L'étape Objectifs répond à la question du
    pourquoi et du combien, en termes vérifiables ensuite : des objectifs SMART (Doran, 1981 :
    spécifiques, mesurables, attribuables, réalistes, temporellement définis). Toutes les autres
    étapes sont ensuite jugées à leur aune : les messages qui les servent, les KPI qui les prouvent,
    les ressources qu'ils justifient. Par exemple : type `leads`, KPI `cpl` ou `leads`, passer de 10 à
    40 leads par mois sur LinkedIn d'ici le 2027-06-30.

rule-O002-title = Objectif sans KPI
rule-O002-message = L'objectif « { $objective } » n'a pas de KPI : il ne peut pas être mesuré.
rule-O002-hint = Ajoutez `kpi = "..."` à l'objectif, avec un identifiant de KPI du catalogue (`tomster recommend` en suggère).
rule-O002-advice = Choisissez le chiffre qui montrera si « { $objective } » est atteint, comme la portée pour la notoriété, le nombre de prospects pour la prospection ou le coût par acquisition pour les ventes.
rule-O002-explanation =
    Un objectif n'est utile que si l'on peut dire, à l'échéance et en cours de route, s'il est en
    train d'être atteint. Le KPI est le chiffre qui le prouve : portée ou part de voix pour la
    notoriété, taux d'engagement pour l'engagement, CTR ou sessions issues des réseaux pour le trafic,
    taux de conversion ou coût par lead pour les leads, CPA ou ROAS pour les ventes, temps de réponse
    ou sentiment pour le service client. Sans KPI, l'objectif ne peut avoir de valeur cible, ne peut
    être suivi dans le tableau de bord ni revu. Choisissez un KPI par objectif dans le catalogue ;
    `tomster recommend` liste les KPI habituels pour chaque type d'objectif.

rule-O003-title = Objectif sans valeur cible
rule-O003-message = L'objectif « { $objective } » n'a pas de valeur cible : personne ne peut dire quand il est atteint.
rule-O003-hint = Ajoutez `target = ...` à l'objectif, dans l'unité de son KPI (un nombre, un pourcentage comme 2.5 pour 2,5 %, ou un montant).
rule-O003-advice = Indiquez la valeur que le KPI de « { $objective } » doit atteindre à l'échéance.
rule-O003-explanation =
    « Développer notre communauté » est un souhait ; « atteindre 2 000 abonnés sur LinkedIn » est un
    objectif. La valeur cible rend l'objectif mesurable : Tomster la compare à la valeur de départ
    pour vérifier le sens et le réalisme de l'ambition, et le tableau de bord des résultats compare
    la valeur réelle à la cible pour montrer le rythme nécessaire, une prévision à l'échéance et si
    l'objectif est en bonne voie. Sans valeur cible, rien de tout cela n'est possible et les revues
    n'ont rien sur quoi décider. Indiquez la valeur voulue à l'échéance, dans l'unité du KPI.

rule-O004-title = Objectif sans échéance
rule-O004-message = L'objectif « { $objective } » n'a pas d'échéance.
rule-O004-hint = Ajoutez `deadline = 2027-06-30` (une date comprise dans la période de la stratégie) à l'objectif.
rule-O004-advice = Donnez à « { $objective } » une échéance comprise dans la période de la stratégie.
rule-O004-explanation =
    Les objectifs SMART sont datés : sans date, une cible peut toujours être atteinte « plus tard » et
    ne devient jamais urgente. L'échéance donne le rythme nécessaire (de combien le KPI doit progresser
    chaque mois), permet au tableau de bord de prévoir la valeur à l'échéance et de signaler tôt un
    objectif en danger, et permet à Tomster de vérifier que la croissance demandée est réaliste
    (règle O009). Choisissez une date comprise dans la période de la stratégie ; les étapes
    intermédiaires peuvent aller dans `resources.milestones`.

rule-O005-title = Échéance hors de la période de la stratégie
rule-O005-message = L'échéance de l'objectif « { $objective } » ({ $deadline }) tombe hors de la période de la stratégie (du { $start } au { $end }).
rule-O005-hint = Placez la `deadline` de l'objectif entre le { $start } et le { $end }, ou modifiez `strategy.start` ou `strategy.end`.
rule-O005-advice = Placez l'échéance de « { $objective } » entre le { $start } et le { $end }, ou allongez la période de la stratégie en prévoyant le budget et les heures des mois ajoutés.
rule-O005-explanation =
    La période de la stratégie encadre tout le reste : le calendrier de la présence permanente, les
    opérations, les coûts mensuels et la charge de travail sont prévus entre son début et sa fin. Un
    objectif dont l'échéance tombe après la fin compte sur des mois que personne n'a planifiés ni
    budgétés ; un objectif dû avant le début ne peut pas être atteint par ce plan. Ramenez l'échéance
    dans la période, ou allongez la période si le plan doit vraiment durer plus longtemps, en
    vérifiant alors le budget et les heures de l'équipe pour les mois ajoutés.

rule-O006-title = Valeur cible égale à la valeur de départ
rule-O006-message = L'objectif « { $objective } » vise { $target }, qui est déjà sa valeur de départ : il ne demande aucun changement.
rule-O006-hint = Donnez à `target` la valeur que vous voulez atteindre, ou corrigez `baseline` si elle a été recopiée depuis la cible.
rule-O006-advice = Mesurez la valeur actuelle du KPI de « { $objective } », puis fixez une cible qui demande un vrai progrès.
rule-O006-explanation =
    Un objectif existe pour faire bouger un chiffre. Quand la valeur cible égale la valeur de départ,
    l'objectif est atteint dès le premier jour, le tableau de bord l'affiche en bonne voie quoi qu'il
    arrive, et il ne justifie ni effort ni budget. C'est en général une erreur de copier-coller, ou
    une valeur de départ jamais mesurée. Relevez la valeur actuelle du KPI dans les statistiques du
    réseau et fixez la cible voulue à l'échéance. Si le but réel est de maintenir un niveau (un temps
    de réponse, un score de sentiment), dites-le dans `statement` et fixez une cible au moins
    légèrement meilleure.

rule-O007-title = Cible dans le mauvais sens
rule-O007-message = L'objectif « { $objective } » fait passer « { $kpi } » de { $baseline } à { $target }, dans le mauvais sens pour ce KPI.
rule-O007-hint = Vérifiez `baseline` et `target` : elles sont peut-être inversées, ou « { $kpi } » n'est pas le KPI voulu.
rule-O007-advice = Vérifiez la valeur de départ et la cible de « { $objective } » : elles sont peut-être inversées, ou « { $kpi } » n'est pas le KPI voulu.
rule-O007-explanation =
    La plupart des KPI sont meilleurs quand ils montent, mais certains le sont quand ils baissent : le
    temps de réponse et les coûts de la publicité (CPC, CPM, CPL, CPA). Un objectif qui fait passer
    le coût par lead de 12 à 20 prévoit de payer chaque lead plus cher, et un objectif qui fait
    baisser la portée prévoit d'être moins vu. Il s'agit généralement d'une valeur de départ et
    d'une cible écrites à l'envers, ou d'un KPI choisi par erreur (coût par clic à la place des
    clics). Tomster ne vérifie le réalisme de la cible qu'une fois son sens correct.

rule-O008-title = Cible d'engagement très au-dessus des repères
rule-O008-message = L'objectif « { $objective } » vise un taux d'engagement de { $target }, plus de 3 fois le meilleur repère publié pour « { $method } » ({ $statistic } de { $benchmark } sur { $platform }, { $source }), et bien au-dessus de sa valeur de départ.
rule-O008-hint = Visez au plus { $ceiling }, ou vérifiez que la méthode du KPI (par abonné, par portée ou par impression) est celle avec laquelle votre cible a été calculée.
rule-O008-advice = Visez au plus { $ceiling } pour « { $objective } », et relevez la cible lors d'une revue si les résultats le permettent.
rule-O008-explanation =
    Les taux d'engagement se calculent en divisant par des choses différentes (abonnés, portée ou
    impressions) et les résultats varient de 10 à 100 fois pour un même réseau : la médiane par
    abonné de Rival IQ 2023 pour Facebook est de 0,06 %, la médiane par impression de Buffer 2025 de
    5,07 %. Tomster ne compare donc une cible qu'aux repères de la même méthode, sur les réseaux de
    l'objectif, et prévient quand elle dépasse plus de 3 fois le meilleur d'entre eux. Une telle cible
    est rarement atteinte, et une équipe qui manque son objectif mois après mois finit souvent par
    abandonner le plan. Vérifiez que la cible est écrite en pourcentage (2.5 vaut 2,5 %) avec la même
    méthode que le KPI, puis visez près du repère et relevez la cible lors d'une revue si les
    résultats le permettent.

rule-O009-title = Croissance demandée trop forte
rule-O009-message = L'objectif « { $objective } » demande de multiplier son chiffre par { $multiple } en { $months } mois, au-delà du x{ $plausible } que donne une croissance soutenue de x{ $ceiling } par mois ({ $source }).
rule-O009-hint = Visez environ { $suggested } à l'échéance, ou reportez la `deadline` ; si une opération payante doit apporter cette croissance, rattachez-la à l'objectif dans `[[operations]]` et budgétez-la.
rule-O009-advice = Visez environ { $suggested } à l'échéance de « { $objective } », donnez-vous plus de temps, ou budgétez une campagne payante capable d'apporter cette croissance.
rule-O009-explanation =
    Des chiffres comme les abonnés, la portée ou les leads peuvent croître vite au début, mais ils
    gardent rarement ce rythme longtemps avec des publications organiques. Tomster divise la cible par
    la valeur de départ et compare le résultat à la croissance que sa base de connaissances tient pour
    plausible (une hypothèse modifiable : x1,5 par mois sur la durée ; les petits chiffres, sous 10,
    comptent pour 10, car ils progressent par paliers) : passer de 6 à 3 000 leads en 10 mois, c'est
    multiplier par 300, quand x1,5 par mois donne environ 58. Des cibles irréalistes découragent
    l'équipe et font abandonner le plan trop tôt. Fixez une cible défendable, et relevez-la lors d'une
    revue si les premiers mois dépassent les attentes ; une campagne payante peut justifier une courbe
    plus raide, mais son budget doit alors figurer dans le plan.

rule-O010-title = Objectif rattaché à aucun persona
rule-O010-message = L'objectif « { $objective } » n'est rattaché à aucun persona.
rule-O010-hint = Ajoutez `personas = ["..."]` à l'objectif, avec les identifiants des personas concernés.
rule-O010-advice = Indiquez quels personas « { $objective } » concerne : qui doit changer de comportement.
rule-O010-explanation =
    Dans TOMSTER, les objectifs découlent de la cible : un objectif dit ce qui doit changer pour un
    persona donné (connaître la marque, essayer le produit, revenir). Un objectif qui vise « tout le
    monde » se traduit mal en messages, en réseaux et en KPI, car chaque persona est atteint sur des
    réseaux différents avec des contenus différents. Rattacher les objectifs aux personas montre aussi
    quels personas n'ont aucun objectif, et n'ont peut-être pas leur place dans le plan. Indiquez les
    identifiants des personas concernés par l'objectif.

rule-O011-title = Objectif sans type
rule-O011-message = L'objectif « { $objective } » n'a pas de type.
rule-O011-hint = Ajoutez `kind = "..."` à l'objectif : awareness, engagement, traffic, leads, sales, retention, customer_service ou employer_brand.
rule-O011-advice = Précisez à quoi sert « { $objective } » : notoriété, engagement, trafic, prospects, ventes, fidélisation, service client ou marque employeur.
rule-O011-explanation =
    Le type dit pourquoi l'objectif existe : être connu (awareness), animer une communauté
    (engagement), attirer des visiteurs (traffic), recueillir des contacts (leads), vendre (sales),
    fidéliser (retention), répondre aux clients (customer_service) ou recruter (employer_brand).
    Tomster s'en sert pour vérifier que le KPI prouve vraiment l'objectif (règle O014), pour repérer
    les indicateurs de vanité comme les likes pour un objectif de ventes (règle E004) et pour
    recommander des KPI. Choisissez le type qui correspond à ce que l'entreprise attend ; séparez en
    deux un objectif qui en sert deux.

rule-O012-title = Objectif sans énoncé
rule-O012-message = L'objectif « { $objective } » n'a pas d'énoncé.
rule-O012-hint = Ajoutez `statement = "..."` : une phrase simple, comme « Obtenir 40 leads qualifiés par mois via LinkedIn d'ici juin 2027 ».
rule-O012-advice = Formulez l'objectif « { $objective } » en une phrase simple, comme « Obtenir 40 prospects qualifiés par mois via LinkedIn d'ici juin 2027 ».
rule-O012-explanation =
    Le type, le KPI, la cible et l'échéance servent au vérificateur et au tableau de bord ; l'énoncé
    sert aux personnes. C'est ce que le client, la direction et l'équipe lisent en premier dans le
    document de stratégie, et ce qu'ils retiennent. L'écrire est aussi une vérification : si la phrase
    ne dit pas la même chose que les chiffres, l'un des deux est faux. Restez précis et bref, avec le
    chiffre et la date.

rule-O013-title = Cible sans valeur de départ
rule-O013-message = L'objectif « { $objective } » a une valeur cible mais pas de valeur de départ.
rule-O013-hint = Ajoutez `baseline = ...` : la valeur actuelle du KPI (0 pour un nouveau compte).
rule-O013-advice = Mesurez la valeur actuelle du KPI de « { $objective } » (0 pour un nouveau compte), pour pouvoir juger des progrès.
rule-O013-explanation =
    La cible dit où vous voulez aller ; la valeur de départ dit d'où vous partez. Sans elle, personne
    ne peut dire si la cible est ambitieuse ou déjà atteinte, Tomster ne peut vérifier ni son sens
    (règle O007) ni son réalisme (règles O008 et O009), et le tableau de bord ne peut pas calculer le
    rythme nécessaire. Relevez la valeur actuelle dans les statistiques du réseau avant le début de la
    stratégie, sur une période comparable, et notez-la.

rule-O014-title = KPI inhabituel pour le type d'objectif
rule-O014-message = L'objectif « { $objective } » ({ $kind }) est mesuré par « { $kpi } », qui ne prouve pas habituellement ce type d'objectif.
rule-O014-hint = Envisagez l'un des KPI habituels pour le type « { $kind } » : { $usual_ids }.
rule-O014-advice = Envisagez de mesurer « { $objective } » avec l'un des KPI habituels pour ce type d'objectif : { $usual }.
rule-O014-explanation =
    Chaque type d'objectif a ses preuves habituelles (d'après le regroupement par étape du tunnel de
    Hootsuite) : portée, impressions, croissance de l'audience et part de voix pour la notoriété ; taux
    d'engagement, conversation, amplification et applaudissements pour l'engagement ; CTR, CPC et
    sessions issues des réseaux pour le trafic ; taux de conversion et CPL pour les leads ; CPA, ROAS,
    ROI et chiffre d'affaires issu des réseaux pour les ventes ; taux et temps de réponse et sentiment
    pour le service client et la fidélisation ; croissance des abonnés LinkedIn, engagement et
    candidatures pour la marque employeur. Un KPI d'un autre type mesure quelque chose de réel, mais
    pas cet objectif : un CTR en hausse ne montre pas que la marque est plus connue. Ce n'est qu'un
    conseil : si le choix est délibéré, gardez-le et expliquez-le dans le `statement` de l'objectif.

rule-O015-title = KPI inconnu
rule-O015-message = Le KPI « { $kpi } » n'est ni dans le catalogue ni défini par la stratégie (le plus proche : { $nearest }).
rule-O015-hint = Utilisez un KPI du catalogue (identifiant le plus proche : { $nearest_id } ; `tomster explain O015` indique où les trouver), ou définissez le vôtre dans une entrée `[[custom_kpis]]` avec `id = "{ $kpi }"`, un `name` et une `unit`.
rule-O015-advice = Remplacez « { $kpi } » par un KPI du catalogue, ou décrivez cet indicateur : son nom, son unité et l'endroit où son chiffre est relevé.
rule-O015-explanation =
    Un objectif se prouve par un KPI, et Tomster connaît un catalogue de KPI (portée, taux
    d'engagement, clics, conversions, leads, coût par lead, taux de réachat...) : chacun avec sa
    formule, son unité, le sens dans lequel il doit évoluer, les objectifs qu'il prouve et les réseaux
    qui le mesurent. Une entreprise suit souvent aussi un chiffre à elle : dégustations réservées,
    inscriptions à la médiathèque, pipeline qualifié, réachats en caisse. Définissez ce chiffre une
    fois dans `[[custom_kpis]]` (id, nom, unité : count, percent, currency, minutes ou ratio ; sens up
    ou down ; définition ; où le chiffre se lit) et utilisez son id comme celui d'un KPI du
    catalogue. Un id qui n'est ni l'un ni l'autre est sans doute une faute de frappe : le message
    donne l'id connu le plus proche. `tomster recommend` liste les KPI du catalogue qui prouvent
    chaque objectif.

rule-O016-title = Cible relative sans valeur de départ
rule-O016-message = L'objectif « { $objective } » vise une évolution par rapport à sa valeur de départ, mais n'en a pas.
rule-O016-hint = Ajoutez `baseline = ...` : la valeur du KPI aujourd'hui (0 pour un nouveau compte), ou écrivez la cible comme le niveau à atteindre.
rule-O016-advice = Mesurez la valeur actuelle du KPI de « { $objective } » (0 pour un nouveau compte), ou exprimez la cible comme le niveau à atteindre.
rule-O016-explanation =
    Une cible s'écrit comme le niveau à atteindre (`target = 1300`) ou comme une évolution par
    rapport à la valeur de départ (`target = "+30 %"`). Une évolution n'a pas de sens sans son point de
    départ : +30 % d'un chiffre inconnu ne peut être ni suivi, ni projeté, ni jugé réaliste. Écrivez la
    valeur actuelle dans `baseline` ; Tomster affiche alors partout le niveau auquel l'évolution mène.

rule-M001-title = Persona sans message
rule-M001-message = Aucun message n'est prévu pour le persona « { $persona } ».
rule-M001-hint = Ajoutez une entrée `[[messages]]` avec `persona` égal à l'identifiant de ce persona, une étape `stage` et un `key_message`.
rule-M001-advice = Rédigez ce que la stratégie dit à « { $persona } » : un message clé pour chaque étape de son parcours qui compte, de la découverte au rachat.
rule-M001-explanation =
    L'étape Message décide de ce que vous dites à chaque persona à chaque étape de son parcours. Un
    persona sans message finit par recevoir des publications génériques écrites pour personne en
    particulier, et rien dans le plan ne dit ce qui doit le faire passer de la découverte à l'achat.
    Écrivez au moins un message par persona, en commençant par l'étape où se trouvent la plupart de
    ses membres. Si aucun message ne vient pour un persona, demandez-vous s'il a sa place dans cette
    stratégie.

rule-M002-title = Étape du parcours sans message
rule-M002-message = { $share } des personnes du persona « { $persona } » sont à l'étape « { $stage } » du parcours, mais aucun message ne couvre cette étape.
rule-M002-hint = Ajoutez une entrée `[[messages]]` pour ce persona avec `stage = "{ $stage_id }"`.
rule-M002-advice = Rédigez un message clé pour « { $persona } » à l'étape « { $stage } ».
rule-M002-explanation =
    La répartition par étape estime où en sont les personnes d'un persona dans leur parcours ; chaque
    étape qui pèse 10 % ou plus mérite son propre message, car chaque étape demande des contenus
    différents. La découverte appelle des publications, guides, infographies et vidéos courtes ; la
    considération des cas clients, livres blancs, webinaires et tutoriels ; la décision des démos,
    essais, témoignages, pages de tarifs et comparatifs ; la fidélisation des contenus de prise en
    main et de communauté. Un plan qui ne parle qu'aux nouveaux venus perd ceux qui sont prêts à
    acheter, et inversement. Ajoutez un message pour l'étape manquante, ou corrigez la répartition si
    elle ne reflète pas la réalité.

rule-M003-title = Message de décision sans appel à l'action
rule-M003-message = Le message de l'étape de décision du persona « { $persona } » n'a pas d'appel à l'action.
rule-M003-hint = Ajoutez `call_to_action = "..."` au message, comme « Réservez une démo » ou « Demandez un devis ».
rule-M003-advice = Terminez le message de l'étape de décision pour « { $persona } » par un appel à l'action clair, comme « Réservez une démo » ou « Demandez un devis ».
rule-M003-explanation =
    À l'étape décision, le persona est prêt à agir : c'est l'Action d'AIDA. Un message qui convainc
    sans dire quoi faire ensuite laisse la décision au hasard, et le trafic, les leads ou les ventes
    qu'il apporte ne peuvent pas être mesurés. Donnez une action claire par message, liée au KPI de
    l'objectif : une démo réservée, un devis demandé, un essai commencé, un achat. Renvoyez vers une
    page qui vous appartient, pour que la conversion puisse être comptée.

rule-M004-title = Les parts des piliers ne font pas 100 %
rule-M004-message = Les parts des piliers de contenu totalisent { $total } et non 100 %.
rule-M004-hint = Ajustez la `share` de chaque entrée `[[pillars]]` pour qu'elles totalisent 1 (par exemple 0.4, 0.35 et 0.25) ; un pilier sans `share` compte pour 0.
rule-M004-advice = Ajustez les parts des piliers de contenu pour qu'ensemble elles fassent 100 % des publications.
rule-M004-explanation =
    Les piliers de contenu sont les thèmes récurrents de vos publications, et leurs parts disent
    comment les publications se répartissent entre eux : par exemple 40 % d'expertise, 35 % de
    coulisses, 25 % d'offres. Ces parts sont la répartition par défaut de chaque réseau de la présence
    permanente et pilotent le calendrier éditorial. Si elles ne totalisent pas 100 %, le calendrier
    ne peut pas répartir les publications comme prévu et certains thèmes reçoivent plus ou moins de
    place que décidé. Les parts s'écrivent de 0 à 1 (0.4 vaut 40 %).

rule-M005-title = Message sans message clé
rule-M005-message = Le message de l'étape « { $stage } » du persona « { $persona } » n'a pas de message clé.
rule-M005-hint = Ajoutez `key_message = "..."` : l'idée unique que ce persona doit retenir à cette étape.
rule-M005-advice = Écrivez l'idée unique que « { $persona } » doit retenir à l'étape « { $stage } ».
rule-M005-explanation =
    Le message clé est le cœur d'une entrée de message : l'idée unique que le persona doit retenir à
    cette étape, que chaque publication, vidéo ou publicité de cette case répète à sa manière. Sans
    lui, l'entrée liste des formats et des appels à l'action sans rien à dire, et chaque publication
    est improvisée. Écrivez-le en une phrase, avec les mots du persona, en réponse à l'un de ses buts,
    de ses difficultés ou de ses objections.

rule-M006-title = Aucun pilier de contenu
rule-M006-message = La stratégie n'a aucun pilier de contenu.
rule-M006-hint = Ajoutez trois à cinq entrées `[[pillars]]` avec `id`, `name` et `share`, et citez-les dans les `pillars` de chaque message.
rule-M006-advice = Choisissez trois à cinq thèmes récurrents pour les publications (coulisses, conseils, témoignages clients…) et la part des publications que chacun occupe.
rule-M006-explanation =
    Les piliers de contenu sont les quelques thèmes auxquels la marque revient sans cesse, comme
    l'expertise, les coulisses, les histoires de clients et les offres. Ils gardent les publications
    cohérentes au fil des mois, rendent le calendrier éditorial rapide à remplir, et évitent que le
    compte dérive vers n'importe quoi ou vers la seule promotion. Choisissez trois à cinq piliers qui
    servent vos messages, donnez à chacun une part des publications, et rattachez chaque message à
    ses piliers.

rule-M007-title = Message sans preuves
rule-M007-message = Le message de l'étape « { $stage } » du persona « { $persona } » n'a pas de preuves.
rule-M007-hint = Ajoutez `proof_points = ["..."]` : chiffres, cas clients, témoignages ou labels qui appuient le message clé.
rule-M007-advice = Appuyez le message de l'étape « { $stage } » pour « { $persona } » sur des preuves : chiffres, cas clients, témoignages ou labels.
rule-M007-explanation =
    Aux étapes de considération et de décision, le persona compare les offres, et les affirmations
    sans preuve ne tiennent pas. Les preuves sont ce qui appuie le message clé : un chiffre, un cas
    client, un témoignage, une certification, un comparatif. Elles deviennent les cas clients, livres
    blancs, témoignages et pages comparatives qui servent habituellement ces étapes. Listez celles dont
    vous disposez ; si vous n'en avez aucune, les rassembler est la première tâche.

rule-M008-title = Étape AIDA inhabituelle pour l'étape du parcours
rule-M008-message = Le message de l'étape « { $stage } » du persona « { $persona } » utilise l'étape AIDA « { $aida } » ; cette étape du parcours appelle plutôt : { $expected }.
rule-M008-hint = Donnez à `aida` l'une des valeurs : { $expected_ids } ; ou placez le message à l'étape (`stage`) qui correspond à `{ $aida_id }`.
rule-M008-advice = Retravaillez le message de l'étape « { $stage } » pour « { $persona } » afin qu'il vise plutôt : { $expected } ; ou placez-le à l'étape du parcours qui correspond à « { $aida } ».
rule-M008-explanation =
    AIDA (Attention, Intérêt, Désir, Action, généralement attribué à E. St. Elmo Lewis, 1898) décrit ce
    qu'un message doit faire à chaque moment du parcours. Les messages de découverte captent
    l'attention ; ceux de considération suscitent l'intérêt et le désir ; ceux de décision
    transforment le désir en action ; ceux de fidélisation entretiennent l'intérêt, le désir et les
    achats répétés. Un décalage, comme demander un achat (action) à des personnes qui viennent de
    découvrir la marque, signifie souvent que le message pousse trop tôt ou trop tard. Ce n'est qu'un
    conseil : une exception délibérée est acceptable.

rule-M009-title = Type de contenu qu'aucun réseau choisi ne permet
rule-M009-message = Un message du persona « { $persona } » prévoit des contenus « { $format } », qu'aucun des réseaux choisis ne permet de publier.
rule-M009-hint = Remplacez `{ $format_id }` dans les `content_types` du message, ou choisissez dans `[[platforms]]` un réseau qui le permet.
rule-M009-advice = Remplacez les contenus « { $format } » prévus pour « { $persona } » par un format que les réseaux choisis proposent, ou choisissez un réseau qui le propose.
rule-M009-explanation =
    Chaque réseau ne publie que certains formats : les articles et les documents sont des formats
    LinkedIn, les stories existent sur Facebook, Instagram et Snapchat, les vidéos longues sur
    YouTube, Facebook et Twitch. Un message prévu dans un format qu'aucun de vos réseaux n'accepte ne
    peut pas être publié tel quel, et le temps prévu pour le produire est perdu. Adaptez le contenu à
    un format que vos réseaux acceptent ou, si ce format compte pour ce persona, choisissez un réseau
    qui le permet et où se trouve le persona.

rule-M010-title = Pilier utilisé par aucun message
rule-M010-message = Le pilier de contenu « { $pillar } » n'est utilisé par aucun message.
rule-M010-hint = Ajoutez l'identifiant du pilier à la liste `pillars` des messages qui en relèvent, ou supprimez le pilier.
rule-M010-advice = Faites porter au moins un message par le pilier « { $pillar } », ou retirez-le de la stratégie.
rule-M010-explanation =
    Un pilier occupe une part des publications du calendrier : il doit donc porter quelque chose que
    vous voulez dire à un persona. Un pilier qu'aucun message n'utilise est un thème sans rôle dans le
    plan : ses publications seront remplies avec ce qui vient à l'esprit. Rattachez-y les messages qui
    en relèvent, ou supprimez le pilier et répartissez sa part entre les autres.

rule-M011-title = Message sans étape du parcours
rule-M011-message = Un message du persona « { $persona } » n'a pas d'étape du parcours.
rule-M011-hint = Ajoutez `stage = "..."` au message : awareness, consideration, decision ou retention.
rule-M011-advice = Précisez à quelle étape du parcours ce message s'adresse à « { $persona } » : découverte, considération, décision ou fidélisation.
rule-M011-explanation =
    La matrice des messages croise les personas avec les étapes du parcours d'achat : découverte,
    considération, décision, puis fidélisation. Un message sans étape ne peut pas être placé dans
    cette matrice : Tomster ne peut pas dire quelles étapes sont couvertes (règle M002), si un message
    de décision a un appel à l'action (règle M003) ni si son étape AIDA convient. Indiquez à quelle
    étape le persona doit recevoir ce message.

rule-S001-title = La stratégie finit avant de commencer
rule-S001-message = La stratégie se termine le { $end }, avant de commencer le { $start }.
rule-S001-hint = Corrigez `strategy.start` ou `strategy.end` : ils sont peut-être inversés.
rule-S001-advice = Corrigez les dates de la stratégie : le début et la fin ont peut-être été inversés.
rule-S001-explanation =
    La période de la stratégie encadre tout le plan : les échéances des objectifs, les dates des
    opérations, le calendrier éditorial, les coûts mensuels et la charge de travail sont calculés
    entre son début et sa fin. Une période qui finit avant de commencer ne contient aucun jour : rien
    de tout cela ne peut être calculé et toutes les entrées datées semblent hors période. Il s'agit
    généralement d'une erreur sur l'une des deux dates.

rule-S002-title = Aucune présence permanente
rule-S002-message = La stratégie n'a pas de présence permanente : aucun réseau n'a de rythme de publication régulier.
rule-S002-hint = Ajoutez une entrée `[[always_on]]` par réseau, avec `platform` et `posts_per_week` (par exemple `platform = "linkedin"`, `posts_per_week = 3`).
rule-S002-advice = Prévoyez une présence régulière sur au moins un réseau : combien de publications par semaine, et dans quels formats.
rule-S002-explanation =
    Dans TOMSTER, l'étape Stratégie combine une présence permanente (always-on) et des opérations
    ponctuelles (publicité, influence, jeux-concours, événements). Les opérations seules créent des
    pics d'attention suivis de silence, et l'audience qu'elles attirent trouve un compte vide. La
    présence permanente, réseau par réseau, est aussi la base du calendrier éditorial, de la charge
    de travail et des besoins en outils. Commencez par un rythme tenable sur les réseaux où se
    trouvent vos personas, puis ajoutez les opérations par-dessus.

rule-S003-title = Opération hors de la période de la stratégie
rule-S003-message = L'opération « { $operation } » se déroule du { $from } au { $to }, ce qui dépasse la période de la stratégie (du { $start } au { $end }).
rule-S003-hint = Placez le `start` et le `end` de l'opération entre le { $start } et le { $end }, ou élargissez `strategy.start` ou `strategy.end`.
rule-S003-advice = Placez « { $operation } » entre le { $start } et le { $end }, ou allongez la période de la stratégie.
rule-S003-explanation =
    Les opérations sont planifiées, chiffrées et staffées dans la période de la stratégie. La partie
    d'une opération qui en sort manque au calendrier éditorial, ses semaines de travail
    supplémentaire ne sont pas dans la charge de travail, et son coût peut manquer au budget. Ramenez
    l'opération dans la période ou élargissez la période, puis revérifiez le budget et les heures de
    l'équipe.

rule-S004-title = Opération rattachée à aucun objectif
rule-S004-message = L'opération « { $operation } » ne sert aucun objectif.
rule-S004-hint = Ajoutez `objectives = ["..."]` à l'opération, avec les identifiants des objectifs qu'elle sert.
rule-S004-advice = Indiquez quels objectifs « { $operation } » sert, ou demandez-vous si cette opération vaut ce qu'elle coûte.
rule-S004-explanation =
    Les opérations ponctuelles (publicité sur les moteurs, publicité sociale, influence,
    jeux-concours, événements) coûtent de l'argent et créent des pics de travail. Rattachées à un
    objectif, elles sont jugées par son KPI : un jeu-concours destiné aux leads n'est un succès que
    s'il apporte des leads. Rattachées à rien, elles sont jugées à l'impression, et un jeu-concours
    qui apporte mille abonnés qui n'achètent jamais passe pour une réussite. Indiquez les objectifs
    que sert chaque opération ; si elle n'en sert aucun, remettez-la en question.

rule-S005-title = Aucun média propre
rule-S005-message = La stratégie ne mentionne ni site web, ni blog, ni newsletter vers lesquels les réseaux renvoient.
rule-S005-hint = Ajoutez `website = "https://..."` (ou `blog`, `newsletter`) à la table `[strategy]`.
rule-S005-advice = Indiquez le site web, le blog ou la lettre d'information vers lesquels les publications doivent mener : les endroits où le contact vous appartient.
rule-S005-explanation =
    TOMSTER voit les réseaux sociaux comme une partie d'un écosystème relié au site web et au reste
    du marketing digital. Les réseaux sont un terrain loué : leurs règles et leur portée changent sans
    préavis, et l'audience leur appartient. Les objectifs de trafic, de leads et de ventes ont besoin
    d'une page qui vous appartient, où les visiteurs arrivent, se convertissent et peuvent être
    comptés (sessions issues des réseaux, taux de conversion). Indiquez le site, le blog ou la
    newsletter vers lesquels renvoient les publications ; s'il n'y en a pas encore, le créer passe
    peut-être avant les réseaux.

rule-S006-title = Réseau sans publication
rule-S006-message = La présence permanente sur { $platform } ne prévoit aucune publication par semaine.
rule-S006-hint = Indiquez `posts_per_week` (ou une répartition `formats`) dans cette entrée `[[always_on]]`, ou supprimez l'entrée ; la valeur par défaut de Tomster sur { $platform } est de { $default } par semaine, et les conseils publiés vont de { $min } à { $max } ({ $source }).
rule-S006-advice = Décidez combien de fois par semaine publier sur { $platform }, ou laissez ce réseau de côté.
rule-S006-explanation =
    Une entrée de présence permanente sans publication déclare une présence que rien n'alimente :
    aucune publication n'apparaît au calendrier, aucune heure n'est comptée dans la charge de travail,
    et pourtant le réseau semble couvert. Un compte inactif fait souvent plus de tort que pas de
    compte du tout : les visiteurs voient une marque qui s'est tue. Fixez un rythme que l'équipe peut
    tenir, comme les médianes des marques d'environ 5 publications par semaine sur Facebook et 4,5
    sur Instagram (Rival IQ, 2023), ou renoncez au réseau.

rule-S007-title = La répartition par format ne correspond pas au rythme
rule-S007-message = Sur { $platform }, les publications prévues par format totalisent { $formats } par semaine, mais le rythme de publication hebdomadaire est de { $cadence }.
rule-S007-hint = Faites en sorte que les nombres de `formats` totalisent `posts_per_week`, ou supprimez `posts_per_week` pour que la répartition par format fixe le rythme.
rule-S007-advice = Faites correspondre les publications prévues par format sur { $platform } au rythme de publication hebdomadaire, ou ajustez ce rythme.
rule-S007-explanation =
    La répartition par format indique combien de publications de chaque format sortent chaque
    semaine, et la charge de travail en est déduite, car les formats demandent des temps de
    production très différents (les hypothèses par défaut sont de 20 minutes pour un texte et de 2
    heures pour une vidéo courte). Quand la répartition ne totalise pas le rythme déclaré, le
    calendrier, la charge de travail et les vérifications de rythme ne s'accordent plus sur ce que
    vous publiez : les publications absentes de la répartition sont chiffrées comme de simples
    images, et celles en trop sont produites sans être comptées dans le rythme. Mettez les deux en
    accord.

rule-S008-title = Format non permis par le réseau
rule-S008-message = { $platform } ne permet pas le format « { $format } ».
rule-S008-hint = Utilisez dans `formats` l'un des formats que { $platform } permet : { $supported_ids }.
rule-S008-advice = Sur { $platform }, remplacez « { $format } » par l'un des formats proposés : { $supported }.
rule-S008-explanation =
    Chaque réseau ne publie que certains formats : Instagram n'a pas de publication texte seul,
    TikTok n'a pas d'article, seul LinkedIn a des documents et des articles. Des publications prévues
    dans un format que le réseau n'accepte pas ne peuvent pas être publiées comme prévu, et les heures
    comptées pour les produire sont fausses. Reportez ces publications sur un format que le réseau
    permet, en gardant le même nombre total de publications par semaine.

rule-S009-title = L'opération finit avant de commencer
rule-S009-message = L'opération « { $operation } » se termine le { $end }, avant de commencer le { $start }.
rule-S009-hint = Corrigez le `start` ou le `end` de l'opération : ils sont peut-être inversés.
rule-S009-advice = Corrigez les dates de « { $operation } » : le début et la fin ont peut-être été inversés.
rule-S009-explanation =
    Les dates d'une opération placent son travail supplémentaire dans la charge hebdomadaire, son
    coût dans le budget mensuel et ses publications dans le calendrier. Une opération qui finit avant
    de commencer ne couvre aucune semaine : son travail et son coût disparaissent du plan alors
    qu'elle figure toujours dans le document. C'est presque toujours une erreur sur l'une des deux
    dates.

rule-S010-title = Rythme au-dessus de la fourchette habituelle
rule-S010-message = { $cadence } publications par semaine sur { $platform }, c'est au-dessus du haut de la fourchette habituelle ({ $max } par semaine ; source : { $source }).
rule-S010-hint = Ramenez `posts_per_week` à { $max } ou moins, sauf si vos propres résultats montrent que publier davantage est payant.
rule-S010-advice = Publiez au plus { $max } fois par semaine sur { $platform }, sauf si vos propres résultats montrent que publier davantage est payant.
rule-S010-explanation =
    Les recommandations de rythme se contredisent : Hootsuite (2023) conseille 3 à 7 publications par
    semaine sur Instagram et 1 à 2 par jour sur Facebook, tandis que HubSpot (vers 2015) a constaté
    que les pages Facebook de moins de 10 000 abonnés obtenaient 50 % de clics en moins par
    publication au-delà d'une publication par jour. Au-dessus de la fourchette habituelle, chaque
    publication coûte du temps de production et d'animation et touche souvent moins de monde. Ces
    chiffres sont des valeurs par défaut dont la source est indiquée, pas des lois : si vos propres
    résultats montrent qu'un rythme plus élevé est payant, gardez-le.

rule-S011-title = Opération sans dates
rule-S011-message = L'opération « { $operation } » n'a pas de date de début ou pas de date de fin.
rule-S011-hint = Ajoutez `start = 2027-03-01` et `end = 2027-03-31` à l'opération.
rule-S011-advice = Donnez à « { $operation } » une date de début et une date de fin.
rule-S011-explanation =
    Sans ses deux dates, une opération flotte hors du plan. Tomster ne peut pas placer ses heures
    supplémentaires dans les semaines où elle a lieu, ce qui cache les semaines de pointe au-delà de
    la capacité de l'équipe (règle R007) ; il ne peut pas non plus la comparer à la période de la
    stratégie, et elle n'apparaît pas au calendrier éditorial. Indiquez les dates même provisoires ;
    elles pourront être déplacées ensuite.

rule-S012-title = La répartition par pilier d'un réseau ne fait pas 100 %
rule-S012-message = Sur { $platform }, les parts des piliers de contenu totalisent { $total } et non 100 %.
rule-S012-hint = Ajustez les parts de la table `pillars` de cette entrée pour qu'elles totalisent 1, ou supprimez la table pour utiliser les parts propres des piliers.
rule-S012-advice = Ajustez la part de chaque pilier de contenu sur { $platform } pour qu'elles fassent 100 %, ou reprenez les parts générales de la stratégie.
rule-S012-explanation =
    Un réseau peut répartir ses publications entre les piliers de contenu autrement que la
    répartition par défaut de la stratégie, par exemple plus d'expertise sur LinkedIn et plus de
    coulisses sur Instagram. Cette répartition s'écrit en parts de 0 à 1 et doit totaliser 1, sans
    quoi le calendrier ne peut pas répartir les publications du réseau entre les piliers comme prévu.
    Corrigez les parts, ou supprimez la table `pillars` du réseau pour utiliser les parts fixées dans
    `[[pillars]]`.

rule-S013-title = Alcool : la loi Évin s'applique
rule-S013-message = La stratégie fait la promotion d'alcool en France : la publicité en ligne n'est permise qu'en dehors des services destinés aux jeunes, et son contenu est limité à une information objective ({ $reference }).
rule-S013-hint = Limitez chaque publication à une information objective (origine, composition, degré, élaboration, dégustation), portez la mention « L'abus d'alcool est dangereux pour la santé », et ne visez jamais les jeunes. Ceci n'est pas un conseil juridique : faites vérifier le plan par un juriste.
rule-S013-advice = Limitez chaque publication à une information objective sur le produit (origine, composition, degré, élaboration, dégustation), portez la mention « L'abus d'alcool est dangereux pour la santé », ne vous adressez jamais aux jeunes, et faites vérifier le plan par un juriste.
rule-S013-explanation =
    En France, la publicité pour l'alcool n'est permise que sur les supports que la loi énumère.
    Depuis 2009 (loi n° 2009-879, art. 97), l'article L3323-2, 9° du Code de la santé publique
    l'autorise sur les services de communication en ligne, sauf ceux qui, par leur caractère, leur
    présentation ou leur objet, apparaissent comme principalement destinés à la jeunesse, et ceux des
    associations, sociétés et fédérations sportives ; elle ne doit être ni intrusive ni interstitielle.
    L'article L3323-4 limite ce que la publicité peut montrer à une information objective sur le
    produit (degré, origine, composition, mode d'élaboration...) et impose la mention « L'abus d'alcool
    est dangereux pour la santé ». Les influenceurs payés pour promouvoir de l'alcool sont tenus par les
    mêmes règles. Tomster signale le secteur pour que chaque publication, opération et brief
    d'influenceur soit écrit dans ces limites. Ceci n'est pas un conseil juridique : faites vérifier le
    plan par un juriste.

rule-S014-title = Opération payante visant des mineurs dans un secteur réglementé
rule-S014-message = L'opération « { $operation } » est de la publicité ou de l'influence payée pour { $sector }, et vise le persona « { $persona } », dont la tranche d'âge inclut des moins de 18 ans ({ $reference }).
rule-S014-hint = Ne visez que des personas adultes avec cette opération (ses `personas`, ou ceux de ses objectifs), ou retirez-la. Ceci n'est pas un conseil juridique : faites vérifier le plan par un juriste.
rule-S014-advice = Ne visez que des personas adultes avec « { $operation } », ou renoncez-y, et faites vérifier le plan par un juriste.
rule-S014-explanation =
    Faire de la publicité pour un produit réglementé auprès de mineurs est ce que ces lois interdisent
    le plus clairement : en France, la loi Évin exclut la publicité pour l'alcool des services destinés
    à la jeunesse, et dans toute l'Union européenne le règlement sur les services numériques (art. 28,
    paragraphe 2) interdit aux plateformes de montrer des publicités fondées sur le profilage aux
    utilisateurs qu'elles savent mineurs. Une campagne payante ou un influenceur rémunéré visant un
    persona de moins de 18 ans dans un secteur réglementé (alcool, produits de santé, services
    financiers, jeux d'argent, alimentation pour enfants) expose donc la marque à un risque juridique.
    Une opération vise les personas qu'elle nomme, sinon ceux de ses objectifs, sinon tous les personas
    de la stratégie. Ceci n'est pas un conseil juridique : faites vérifier le plan par un juriste.

rule-S015-title = Publicité sociale visant des mineurs : pas de profilage
rule-S015-message = L'opération « { $operation } » est de la publicité sociale payante qui vise le persona « { $persona } », dont la tranche d'âge inclut des moins de 18 ans : les plateformes ne peuvent pas montrer aux mineurs de publicité fondée sur le profilage ({ $reference }).
rule-S015-hint = Prévoyez un ciblage sur l'âge et le lieu seulement, sans centres d'intérêt ni comportements, et attendez-vous à une portée moindre et moins précise. Ceci n'est pas un conseil juridique : faites vérifier le plan par un juriste.
rule-S015-advice = Ciblez « { $operation } » sur l'âge et le lieu seulement, sans centres d'intérêt ni comportements, attendez-vous à une portée moindre et moins précise, et faites vérifier le plan par un juriste.
rule-S015-explanation =
    Depuis le 17 février 2024, l'article 28, paragraphe 2 du règlement européen sur les services
    numériques interdit aux plateformes en ligne de présenter des publicités fondées sur le profilage
    (au sens du RGPD) aux utilisateurs qu'elles savent, avec une certitude raisonnable, mineurs. Meta,
    TikTok, Snapchat et les autres plateformes ne laissent donc cibler les moins de 18 ans que par
    l'âge et le lieu. Une opération de publicité sociale visant des adolescents doit être prévue avec ce
    ciblage, et ses résultats attendus ajustés. Ceci n'est pas un conseil juridique : faites vérifier le
    plan par un juriste.

rule-S016-title = Opération d'influence : la loi sur l'influence commerciale s'applique
rule-S016-message = L'opération « { $operation } » rémunère des influenceurs en France : leurs publications doivent afficher leur intention commerciale ({ $reference }).
rule-S016-hint = Inscrivez dans chaque brief la mention « Publicité » ou « Collaboration commerciale » (quand l'intention commerciale n'est pas déjà claire), les mentions « Images retouchées » ou « Images virtuelles » le cas échéant, et les produits que les influenceurs ne peuvent pas promouvoir. Ceci n'est pas un conseil juridique : faites vérifier le plan par un juriste.
rule-S016-advice = Exigez dans chaque brief de « { $operation } » la mention « Publicité » ou « Collaboration commerciale », les mentions « Images retouchées » ou « Images virtuelles » le cas échéant, et la liste des produits que les influenceurs ne peuvent pas promouvoir ; faites vérifier le plan par un juriste.
rule-S016-explanation =
    La loi n° 2023-451 du 9 juin 2023 encadre les personnes qui, contre rémunération, mobilisent leur
    audience pour promouvoir en ligne des biens, des services ou des causes. Modifiée par l'ordonnance
    du 6 novembre 2024, elle impose une mention telle que « Publicité » ou « Collaboration commerciale »
    quand l'intention commerciale ne ressort pas du contexte ; les visages et silhouettes retouchés ou
    générés doivent porter la mention « Images retouchées » ou « Images virtuelles ». Certaines
    promotions sont interdites (chirurgie esthétique et médicaments, certains produits financiers dont
    les crypto-actifs, abonnements à des pronostics sportifs, produits de la nicotine), et les jeux
    d'argent ne peuvent être promus que sur des plateformes capables d'exclure les mineurs. Les
    manquements sont punis jusqu'à deux ans d'emprisonnement et 300 000 € d'amende. La marque qui paie
    partage la responsabilité : le brief doit donc dire tout cela. Ceci n'est pas un conseil
    juridique : faites vérifier le plan par un juriste.

rule-S017-title = Produits de santé : les règles de la publicité médicale s'appliquent
rule-S017-message = La stratégie fait la promotion de produits de santé en France : la publicité auprès du public pour les médicaments et dispositifs médicaux est encadrée, et sur les réseaux sociaux ouverts les publicités pour des dispositifs exigent de désactiver le partage et les commentaires ({ $reference }).
rule-S017-hint = Listez les produits qui peuvent faire l'objet de publicité auprès du public (pas les dispositifs remboursés de classe IIb et III, pas les médicaments sur prescription), prévoyez des publications sans partage ni commentaires là où la charte le demande, et vérifiez si une autorisation préalable de l'ANSM est nécessaire. Ceci n'est pas un conseil juridique : faites vérifier le plan par un juriste.
rule-S017-advice = Listez les produits qui peuvent faire l'objet de publicité auprès du public, prévoyez des publications sans partage ni commentaires là où les règles l'exigent, vérifiez si une autorisation préalable de l'ANSM est nécessaire, et faites vérifier le plan par un juriste.
rule-S017-explanation =
    En France, la publicité auprès du public pour les médicaments (Code de la santé publique, art.
    L5122-1 à L5122-16) et les dispositifs médicaux (L5213-1 à L5213-7) est strictement encadrée : les
    dispositifs remboursés de classe IIb ou III ne peuvent pas faire l'objet de publicité auprès du
    public, et ceux d'une liste fixée par arrêté demandent une autorisation préalable de l'ANSM. La
    charte de l'ANSM sur la promotion des produits de santé sur Internet (mars 2014, section 2.4)
    n'admet la publicité pour des dispositifs sur les réseaux sociaux ouverts qu'avec le partage et les
    commentaires désactivés. Les influenceurs sont tenus par les mêmes règles. Ceci n'est pas un conseil
    juridique : faites vérifier le plan par un juriste.

rule-S018-title = Influenceurs dans un secteur restreint
rule-S018-message = L'opération « { $operation } » rémunère des influenceurs pour promouvoir { $sector }, alors que la loi sur l'influence commerciale restreint ce qu'ils peuvent promouvoir : { $restriction } ({ $reference }).
rule-S018-hint = Vérifiez que ce que les influenceurs promouvront est permis, nommez-le dans le brief, ou menez l'opération sans influenceurs. Ceci n'est pas un conseil juridique : faites vérifier le plan par un juriste.
rule-S018-advice = Vérifiez que ce que les influenceurs de « { $operation } » promouvront est permis et nommez-le dans leur brief, ou menez l'opération sans influenceurs ; faites vérifier le plan par un juriste.
rule-S018-explanation =
    La loi n° 2023-451 interdit aux influenceurs de promouvoir certains produits et en restreint
    d'autres : la chirurgie esthétique et les médicaments, certains produits financiers (dont les
    crypto-actifs) et les abonnements à des pronostics sportifs ne peuvent pas être promus ; les jeux
    d'argent ne peuvent l'être que sur des plateformes capables d'exclure les mineurs. Une stratégie de
    l'un de ces secteurs qui rémunère des influenceurs doit vérifier chaque produit au regard de ces
    interdictions avant d'envoyer le brief. Ceci n'est pas un conseil juridique : faites vérifier le
    plan par un juriste.

rule-S019-title = Contenus sur l'alcool visant des mineurs
rule-S019-message = La tranche d'âge du persona « { $persona } » inclut des moins de 18 ans, mais la stratégie fait la promotion d'alcool : en France, la publicité pour l'alcool n'est pas permise sur les services destinés aux jeunes ({ $reference }).
rule-S019-hint = Relevez l'âge minimum du persona à 18 ans ou plus, ou retirez-le de cette stratégie. Ceci n'est pas un conseil juridique : faites vérifier le plan par un juriste.
rule-S019-advice = Ne gardez que des adultes dans « { $persona } », ou retirez ce persona de la stratégie, et faites vérifier le plan par un juriste.
rule-S019-explanation =
    Une stratégie qui fait la promotion d'alcool ne peut pas s'adresser à des mineurs : la loi Évin
    (Code de la santé publique, art. L3323-2, 9°) exclut la publicité en ligne pour l'alcool des
    services principalement destinés à la jeunesse, et la vente d'alcool aux mineurs est interdite. Un
    persona de moins de 18 ans dans une telle stratégie signifie des publications, des messages et des
    opérations écrits pour lui, ce que la loi ne permet pas. Ceci n'est pas un conseil juridique :
    faites vérifier le plan par un juriste.

rule-S020-title = Région hors du pays
rule-S020-message = La région { $region } n'est pas dans le pays de la stratégie : le calendrier garde les jours fériés du pays.
rule-S020-hint = Donnez à `region` un code du pays `{ $country }` (ses deux lettres, un tiret, puis le code de la région), ou corrigez `country` dans la table `[strategy]`.
rule-S020-advice = Choisissez la région où se trouve l'entreprise parmi celles du pays, ou corrigez le pays.
rule-S020-explanation =
    La région dit quels jours fériés le calendrier laisse libres : l'Écosse et l'Irlande du Nord ont
    leurs propres jours fériés (le 2 janvier et la Saint-André, la Saint-Patrick et la bataille de la
    Boyne). Une région d'un autre pays que celui de la stratégie ne peut pas convenir aux deux : le
    pays décide des chiffres d'audience et du droit qui s'applique, ses jours fériés sont donc gardés,
    et la région est laissée de côté jusqu'à ce que les deux concordent.

rule-S021-title = Un secteur réglementé : les règles du pays s'appliquent
rule-S021-message = La stratégie fait la promotion { $sector } { $country } : { $summary } ({ $reference }).
rule-S021-hint = Gardez chaque message, publication et opération dans ces règles, et informez-en qui rédige les publications. Ceci n'est pas un avis juridique : faites vérifier le plan par un juriste.
rule-S021-advice = { $advice } Ceci n'est pas un avis juridique : faites vérifier le plan par un juriste.
rule-S021-explanation =
    La publicité pour un produit réglementé relève des règles du pays où se trouve le public.
    Tomster cite les règles que sa base de connaissances contient pour le secteur et le pays de la
    stratégie, avec leur référence, pour que le plan soit écrit dans leur cadre dès le départ.
    Ce constat invite à vérifier, ce n'est pas un avis juridique : les règles changent, et leur
    application à une publication donnée relève d'un juriste ou du service de conseil du régulateur.

rule-S022-title = Un secteur réglementé qui vise des mineurs
rule-S022-message = La tranche d'âge du persona « { $persona } » inclut des moins de 18 ans, mais la stratégie fait la promotion { $sector }, qui ne peut ni viser les moins de 18 ans ni leur plaire particulièrement ({ $reference }).
rule-S022-hint = Relevez l'âge minimal du persona à 18 ans ou plus (25 ans pour toute personne montrée en train de boire de l'alcool au Royaume-Uni), ou retirez-le de cette stratégie. Ceci n'est pas un avis juridique : faites vérifier le plan par un juriste.
rule-S022-advice = Ne gardez que des adultes dans « { $persona } », ou retirez ce persona de la stratégie, et faites vérifier le plan par un juriste.
rule-S022-explanation =
    Les règles sur la publicité pour l'alcool et les jeux d'argent protègent les moins de 18 ans :
    le contenu ne doit pas les viser, ne doit pas leur plaire particulièrement, et ne doit pas
    paraître là où ils sont nombreux (au Royaume-Uni, là où 25 % du public ou plus a moins de 18 ans).
    Un persona dont la tranche d'âge commence avant 18 ans prévoit justement les publications que
    ces règles interdisent.

rule-S023-title = Un texte qui fait une allégation interdite
rule-S023-message = « { $text } » se lit comme { $claim } ({ $phrase }), ce que les règles sur la publicité { $sector } ne permettent pas ({ $reference }).
rule-S023-hint = Réécrivez ce texte sans l'allégation, et relisez le reste des textes sous le même angle : Tomster repère les formules évidentes, pas toutes les façons de faire l'allégation. Ceci n'est pas un avis juridique.
rule-S023-advice = Réécrivez « { $text } » sans { $claim }, et faites vérifier les textes par un juriste.
rule-S023-explanation =
    Les règles sur la publicité pour l'alcool, les jeux d'argent et les produits financiers
    interdisent certaines allégations, quel que soit le canal : pour l'alcool au Royaume-Uni, aucune
    allégation de santé, aucun lien avec la réussite sociale ou sexuelle, rien qui plaise
    particulièrement aux moins de 18 ans, aucune incitation à boire avec excès ; pour les jeux
    d'argent et les placements, aucune promesse de gain facile ou garanti. Le vérificateur lit les
    messages, les preuves, les appels à l'action et les textes des opérations à la recherche des
    formules qui font ces allégations. Il repère les cas évidents ; une formule qu'il ne connaît pas
    peut tout de même enfreindre la règle.

rule-S024-title = Aucune règle connue pour ce secteur dans ce pays
rule-S024-message = Tomster ne connaît aucune règle sur la publicité { $sector } { $country } : il n'en cite aucune, et n'applique pas celles d'un autre pays.
rule-S024-hint = Vérifiez le droit du pays avant d'utiliser le plan, ou corrigez `country` dans la table `[strategy]` si ce n'est pas le bon. Ceci n'est pas un avis juridique.
rule-S024-advice = Faites vérifier par un juriste les règles de publicité { $sector } { $country } avant de publier.
rule-S024-explanation =
    Les secteurs réglementés relèvent du droit de chaque pays, et Tomster ne cite que des règles
    dont il détient la source. Là où sa base de connaissances n'en a aucune pour le secteur et le pays
    de la stratégie, il le dit plutôt que de se taire ou d'emprunter les règles d'un autre pays, qui
    pourraient être plus strictes, plus souples ou simplement différentes.

rule-S025-title = Opération d'influence : les règles de transparence s'appliquent
rule-S025-message = L'opération « { $operation } » rémunère des influenceurs : { $summary } ({ $reference }).
rule-S025-hint = Écrivez la mention dans chaque brief et chaque contrat, et vérifiez les publications avant leur sortie. Ceci n'est pas un avis juridique : faites vérifier le plan par un juriste.
rule-S025-advice = Exigez dans chaque brief de « { $operation } » la mention que demandent les règles, placée là où le public la voit d'abord, et vérifiez les publications avant leur sortie.
rule-S025-explanation =
    Une publication pour laquelle un influenceur est payé, ou reçoit des produits ou des avantages,
    est une publicité, et le public doit pouvoir le voir tout de suite. Les règles disent comment
    l'indiquer et où ; la marque qui paie partage la responsabilité d'une publicité cachée.

rule-S026-title = Des publications d'opération que le calendrier ne peut pas placer
rule-S026-message = { $posts ->
    [one] { $posts } publication de l'opération « { $operation } » sur { $platform } ne trouve aucun jour de publication avec de la place (au plus { $max } par jour sur ce réseau, opérations comprises) : elle n'est pas dans le calendrier.
   *[other] { $posts } publications de l'opération « { $operation } » sur { $platform } ne trouvent aucun jour de publication avec de la place (au plus { $max } par jour sur ce réseau, opérations comprises) : elles ne sont pas dans le calendrier.
}
rule-S026-hint = Relevez `max_posts_per_day` sur l'entrée permanente de ce réseau, baissez le `posts_per_week` de l'opération ou allongez-la.
rule-S026-advice = Décidez si « { $operation } » a besoin de toutes ses publications sur { $platform } : autorisez-y plus de publications par jour, prévoyez-en moins pour l'opération, ou donnez-lui plus de jours.
rule-S026-explanation =
    Une opération ajoute des publications au rythme permanent d'un réseau pendant ses jours, et le
    calendrier les place sur les jours de publication du réseau, jamais au-delà du plafond quotidien
    (deux par jour par défaut, opérations comprises), pour ne pas submerger le public. Les
    publications qui ne trouvent aucun jour avec de la place sont laissées de côté et comptées ici :
    le plan les promettait, le calendrier ne peut pas les tenir.

rule-S027-title = Des publications permanentes que le calendrier ne peut pas placer
rule-S027-message = { $posts ->
    [one] { $posts } publication permanente sur { $platform } ne trouve aucun jour de publication avec de la place sur la période : elle n'est pas dans le calendrier.
   *[other] { $posts } publications permanentes sur { $platform } ne trouvent aucun jour de publication avec de la place sur la période : elles ne sont pas dans le calendrier.
}
rule-S027-hint = Vérifiez les `days` et le `max_posts_per_day` de l'entrée.
rule-S027-advice = Donnez plus de jours de publication à { $platform }, ou prévoyez-y moins de publications.
rule-S027-explanation =
    Le rythme permanent est réparti sur les jours de publication du réseau (ses `days`, sans les
    jours fériés sauf s'il y publie). Quand la période compte trop peu de ces jours pour le rythme,
    les publications qui n'en trouvent pas sont laissées de côté et comptées ici.

rule-S028-title = Un rythme au-dessus du plafond quotidien
rule-S028-message = Le rythme permanent sur { $platform } demande { $needed } publications certains jours, au-dessus de son plafond de { $max } par jour : le calendrier les place toutes.
rule-S028-hint = Répartissez-les sur plus de `days` ou fixez `max_posts_per_day`.
rule-S028-advice = Répartissez les publications sur { $platform } sur plus de jours de la semaine, ou acceptez { $needed } publications certains jours.
rule-S028-explanation =
    Le plafond quotidien évite que le public d'un réseau voie plusieurs publications du même compte
    à la fois. Le rythme permanent est une promesse que le calendrier tient : là où il demande plus
    de publications par jour que le plafond, le plafond est relevé pour lui ; ce constat le dit, pour
    que le choix soit fait en connaissance de cause.

rule-S029-title = Un pilier que les messages ne peuvent pas nourrir
rule-S029-message = Sur { $platform }, le pilier « { $pillar } » reçoit { $actual } des publications au lieu de { $planned } : trop peu des messages écrits pour ce réseau lui appartiennent.
rule-S029-hint = Écrivez pour ce pilier des messages qui conviennent au réseau, ou baissez sa part dans les `pillars` de l'entrée.
rule-S029-advice = Écrivez des messages sur « { $pillar } » pour { $platform }, ou donnez à ce pilier une part plus petite sur ce réseau.
rule-S029-explanation =
    Le calendrier choisit le message de chaque publication parmi ceux écrits pour le persona et
    l'étape auxquels elle s'adresse, et suit les parts des piliers autant que ces messages le
    permettent. Là où trop peu d'entre eux appartiennent à un pilier, sa part ne peut pas être
    tenue : ce sont les messages, et non le calendrier, qui décident.

rule-S030-title = Un format que les messages ne peuvent pas nourrir
rule-S030-message = Sur { $platform }, le format « { $format } » reçoit { $actual } des publications au lieu de { $planned } : les types de contenu des messages ne lui laissent pas plus de place.
rule-S030-hint = Ajoutez ce format aux `content_types` des messages écrits pour ce réseau, ou changez les `formats` de l'entrée.
rule-S030-advice = Autorisez le format « { $format } » dans plus de messages écrits pour { $platform }, ou prévoyez-en moins sur ce réseau.
rule-S030-explanation =
    Chaque message dit quels types de contenu lui conviennent, et le calendrier donne à une
    publication un format parmi ceux de son message. Là où les messages autorisent trop rarement un
    format, sa part des publications du réseau ne peut pas être tenue.

rule-S031-title = Plus de stories que conseillé
rule-S031-message = { $stories } stories par semaine sur { $platform }, c'est au-delà de ce que ses sources conseillent ({ $max } par semaine ; source : { $source }).
rule-S031-hint = Ramenez `story` dans les `formats` de l'entrée à { $max } ou moins.
rule-S031-advice = Publiez au plus { $max } stories par semaine sur { $platform }, sauf si vos propres résultats montrent que davantage est payant.
rule-S031-explanation =
    Les stories disparaissent en un jour et ont leur propre rythme, distinct de celui du fil : le
    patron d'Instagram conseillait deux publications par semaine et deux stories par jour. Au-delà,
    chaque story coûte encore sa production et ses réponses, et son public s'en lasse. Ce chiffre
    est une valeur par défaut dont la source est indiquée : gardez-en davantage si vos propres
    résultats montrent que c'est payant.

rule-S032-title = Un pays que Tomster connaît mal
rule-S032-message = { $missing ->
        [persona] Tomster n'a pas de chiffres d'audience pour ce pays ({ $country }), où vit { $persona } : les réseaux sont notés pour ce persona d'après les chiffres des États-Unis.
        [pack] Tomster ne connaît rien de ce pays ({ $country }) : ses réseaux sont notés d'après les chiffres d'audience des États-Unis, le calendrier ne connaît aucun de ses jours fériés, et aucune de ses règles n'est vérifiée.
        [audiences] Tomster n'a pas de chiffres d'audience pour ce pays ({ $country }) : ses réseaux sont notés d'après ceux des États-Unis.
        [holidays] Tomster ne connaît pas les jours fériés de ce pays ({ $country }) : le calendrier peut publier ces jours-là.
       *[both] Tomster n'a ni chiffres d'audience ni jours fériés pour ce pays ({ $country }) : ses réseaux sont notés d'après les chiffres des États-Unis, et le calendrier peut publier ses jours fériés.
    }
rule-S032-hint = Ajoutez ce qui manque au dossier du pays, `knowledge/countries/{ $code }/` (son README explique comment), ou vérifiez { $missing ->
        [persona] le `country` du persona
       *[other] `country`
    }.
rule-S032-advice = { $missing ->
        [persona] Vérifiez les réseaux recommandés pour { $persona } avec des chiffres d'audience de ce pays ({ $country }) auxquels vous vous fiez.
       *[other] Vérifiez les réseaux recommandés avec des chiffres d'audience de ce pays ({ $country }) auxquels vous vous fiez, et laissez ses jours fériés libres dans le calendrier.
    }
rule-S032-explanation =
    Tomster lit les chiffres d'audience, les jours fériés et les règles d'un pays dans son dossier.
    Là où un pays n'en a pas, il ne fait pas semblant : les réseaux sont notés d'après les chiffres
    des États-Unis, dont les usages peuvent différer (WhatsApp, Snapchat et LinkedIn varient
    beaucoup d'un pays à l'autre), le calendrier publie des jours qui peuvent y être fériés, et
    aucune loi de ce pays n'est vérifiée ; la loi d'aucun autre pays n'est appliquée à sa place.

rule-T101-title = Réseau de la présence permanente non choisi
rule-T101-message = La présence permanente prévoit des publications sur { $platform }, qui ne fait pas partie des réseaux choisis.
rule-T101-hint = Ajoutez une entrée `[[platforms]]` pour { $platform } avec sa justification (`rationale`), ou supprimez son entrée `[[always_on]]`.
rule-T101-advice = Ajoutez { $platform } aux réseaux choisis en expliquant pourquoi vous y êtes, ou arrêtez les publications régulières prévues sur ce réseau.
rule-T101-explanation =
    L'étape Technologies choisit les réseaux, avec les raisons de chaque choix ; la présence
    permanente de l'étape Stratégie ne doit ensuite utiliser que ceux-là. Un réseau qui reçoit des
    publications sans avoir été choisi échappe aux vérifications qui comptent : un persona s'y
    trouve-t-il, pourquoi a-t-il été retenu, et son coût en heures en vaut-il la peine ? Choisissez-le
    explicitement, avec sa justification, ou cessez d'y prévoir des publications.

rule-T102-title = Réseau où aucun persona ne se trouve
rule-T102-message = { $platform } est choisi, mais aucun des personas ne s'y trouve (meilleur score d'adéquation : { $score } sur 100).
rule-T102-hint = Retirez { $platform } de `[[platforms]]`, ou ajoutez-le aux `channels` d'un persona dont vous savez qu'il l'utilise.
rule-T102-advice = Retirez { $platform }, ou confirmez que l'un de vos personas l'utilise vraiment.
rule-T102-explanation =
    Aller sur un réseau parce que tout le monde y est, c'est l'erreur classique que la méthode
    TOMSTER veut éviter. Tomster considère qu'un réseau atteint un persona quand son score
    d'adéquation atteint 40, soit environ deux personnes sur cinq du profil du persona qui l'utilisent
    avec une vocation adaptée au message, ou quand les `channels` du persona le déclarent. Les
    audiences diffèrent fortement : Snapchat est utilisé par 65 % des adultes américains de 18 à 29
    ans mais par 4 % des 65 ans et plus (Pew Research Center, 2023). Chaque réseau coûte des heures
    chaque semaine en publications et en animation ; dépensez-les là où sont vos personas. Si vous
    savez qu'un persona utilise ce réseau malgré les chiffres, indiquez-le dans ses `channels`.

rule-T103-title = Persona qu'aucun réseau choisi n'atteint
rule-T103-message = Aucun des réseaux choisis n'atteint le persona « { $persona } » ; les réseaux recommandés pour lui sont : { $best }.
rule-T103-hint = Choisissez dans `[[platforms]]` et `[[always_on]]` un réseau qui atteint ce persona (recommandés : { $best }), ou déclarez dans ses `channels` les réseaux que vous savez qu'il utilise.
rule-T103-advice = Ajoutez un réseau où se trouve « { $persona } » (recommandés : { $best }), ou confirmez les réseaux que ce persona utilise.
rule-T103-explanation =
    Les réseaux se choisissent là où les personas se trouvent vraiment. Un persona qu'aucun des
    réseaux choisis n'atteint ne verra pas les messages écrits pour lui, et les objectifs qui le
    concernent ne peuvent pas être atteints par les réseaux sociaux. Les recommandations viennent de
    chiffres d'audience publiés par âge, sexe et pays : en France, Snapchat est le réseau préféré de
    81 % des 15-24 ans tandis que Facebook arrive en tête dans toutes les tranches d'âge plus âgées
    (Médiamétrie, 2023). Ajoutez un réseau qui atteint le persona, ou retirez le persona de cette
    stratégie s'il n'est pas prioritaire.

rule-T104-title = Persona B2B sans réseau professionnel
rule-T104-message = Le persona « { $persona } » est B2B, mais aucun réseau professionnel comme LinkedIn n'est choisi.
rule-T104-hint = Ajoutez `[[platforms]]` avec `id = "linkedin"` et prévoyez-le dans `[[always_on]]`.
rule-T104-advice = Ajoutez un réseau professionnel comme LinkedIn pour atteindre « { $persona } », et prévoyez-y des publications régulières.
rule-T104-explanation =
    Les professionnels prennent leurs décisions d'achat au travail, et le réseau où ils sont dans cet
    état d'esprit est le réseau professionnel. La base mesurée est le niveau d'études : 51 % des
    adultes américains diplômés du supérieur (bachelor ou plus) utilisent LinkedIn, contre 10 % de
    ceux qui n'ont pas dépassé le lycée (Pew Research Center, 2021). En France, LinkedIn déclare 11,4
    millions d'utilisateurs connectés par mois (rapport DSA, 2024), bien moins que les 25 à 33
    millions de membres cités par des agences : un membre n'est pas un utilisateur actif. Les réseaux grand public peuvent
    appuyer une stratégie B2B, mais remplacent rarement un réseau professionnel.

rule-T105-title = KPI qui demande un outil absent du dispositif
rule-T105-message = Le KPI « { $kpi } » nécessite un outil de type « { $category } », et le dispositif n'en prévoit aucun.
rule-T105-hint = Ajoutez une entrée `[[tools]]` avec `category = "{ $category_id }"`, ou donnez à l'entrée KPI une `platform` dont les statistiques natives fournissent « { $kpi } ».
rule-T105-advice = Prévoyez un outil de type « { $category } » pour mesurer « { $kpi } », ou suivez ce KPI sur un réseau dont les statistiques le fournissent.
rule-T105-explanation =
    Certains KPI ne figurent pas dans les statistiques des réseaux. La part de voix, les mentions et
    le sentiment demandent un outil d'écoute ; les sessions issues des réseaux, le taux de conversion,
    le ROI et le chiffre d'affaires demandent un outil d'analyse web comme Google Analytics ; les
    coûts par clic, par lead ou par acquisition viennent d'un gestionnaire de publicités. Sans l'outil,
    le KPI n'est jamais mesuré et l'objectif qu'il prouve reste sans preuve. Ajoutez l'outil (il
    existe des offres gratuites, par exemple celle de Metricool pour un seul utilisateur) ou
    choisissez un KPI que les réseaux fournissent.

rule-T106-title = Aucun réseau choisi
rule-T106-message = Aucun réseau n'est choisi.
rule-T106-hint = Ajoutez une entrée `[[platforms]]` par réseau, avec `id` et `rationale` ; `tomster recommend` suggère des réseaux pour vos personas.
rule-T106-advice = Choisissez les réseaux où se trouvent vos personas, et dites pour chacun pourquoi vous y êtes.
rule-T106-explanation =
    L'étape Technologies dit où la stratégie se joue : quels réseaux, choisis parce que les personas
    s'y trouvent, et quels outils pour les animer. Sans réseau choisi, Tomster ne peut vérifier ni que
    les personas sont atteints, ni que la présence permanente et les objectifs utilisent les bons
    réseaux, ni que les formats et les KPI sont disponibles. Partez des réseaux recommandés pour vos
    personas, en général deux ou trois pour une petite équipe, et écrivez pourquoi chacun a été
    choisi.

rule-T107-title = Réseau choisi sans justification
rule-T107-message = { $platform } est choisi sans justification.
rule-T107-hint = Ajoutez `rationale = "..."` à l'entrée `[[platforms]]` : quels personas s'y trouvent et ce que vous en attendez.
rule-T107-advice = Dites pourquoi { $platform } est choisi : quels personas s'y trouvent et ce que vous en attendez.
rule-T107-explanation =
    Écrire pourquoi un réseau a été choisi garde le choix honnête : « parce que tout le monde y est »
    ne résiste pas à l'écrit, alors que « nos acheteurs B2B lisent LinkedIn chaque jour » se vérifie.
    La justification apparaît dans le document de stratégie envoyé au client, et c'est ce que vous
    relisez lors d'une revue pour décider de garder ou non le réseau. Une ou deux phrases suffisent.

rule-T109-title = Aucun outil de programmation
rule-T109-message = La présence permanente prévoit { $posts } publications par semaine sur { $networks } { $networks ->
        [one] réseau
       *[other] réseaux
    }, sans outil de programmation.
rule-T109-hint = Ajoutez une entrée `[[tools]]` avec `category = "scheduling"` (Buffer, par exemple, a une offre gratuite pour 3 canaux).
rule-T109-advice = Prévoyez un outil de programmation pour préparer les publications à l'avance ; certains ont une offre gratuite pour quelques réseaux.
rule-T109-explanation =
    Sans outil de programmation, chaque publication est faite à la main, à la bonne heure, depuis
    l'application de chaque réseau, soirs et jours fériés compris. Au-delà de quelques réseaux ou
    d'une dizaine de publications par semaine, cela mange le temps prévu pour écrire et répondre à la
    communauté, et des publications sautent. Un outil de programmation permet de préparer les
    publications de la semaine en une fois, et les exports du calendrier de Tomster peuvent y être
    importés en masse. Les prix varient beaucoup : Buffer a une offre gratuite (3 canaux, 10
    publications en file chacun), Hootsuite commence à 99 $ par utilisateur et par mois (pages des
    éditeurs, 2026).

rule-T110-title = Objectif sur un réseau non choisi
rule-T110-message = L'objectif « { $objective } » compte sur { $platform }, qui ne fait pas partie des réseaux choisis.
rule-T110-hint = Ajoutez { $platform } à `[[platforms]]`, ou retirez-le des `platforms` de l'objectif.
rule-T110-advice = Ajoutez { $platform } aux réseaux choisis, ou atteignez « { $objective } » avec les réseaux déjà choisis.
rule-T110-explanation =
    Les réseaux d'un objectif disent d'où ses résultats doivent venir. Si l'un d'eux ne fait pas
    partie des réseaux choisis, rien n'y sera publié : cette part de l'objectif n'a aucun moyen, ni
    publications, ni animation, ni KPI lu dans ses statistiques. Choisissez le réseau, avec sa
    présence permanente, ou retirez-le de l'objectif et vérifiez que la cible reste réaliste sans lui.

rule-E001-title = KPI d'objectif non suivi
rule-E001-message = Le KPI « { $kpi } » de l'objectif « { $objective } » n'est pas suivi dans le tableau des KPI.
rule-E001-hint = Ajoutez une entrée `[[kpis]]` avec `metric = "{ $kpi_id }"`, `objective = "{ $objective_id }"`, une `source` et une fréquence `review`.
rule-E001-advice = Suivez « { $kpi } » pour « { $objective } » : dites où le chiffre est relevé, à quelle fréquence il est revu et quand il doit déclencher une alerte.
rule-E001-explanation =
    L'étape Évaluer dit quels KPI prouvent chaque objectif, où ils sont relevés et à quelle fréquence,
    pour que le plan puisse être ajusté tout de suite plutôt qu'après la campagne. Nommer un KPI sur
    un objectif ne suffit pas : si aucune entrée `[[kpis]]` ne le suit, personne n'est chargé de le
    relever, et le retard se découvre à l'échéance. Ajoutez une entrée pour le KPI de chaque objectif,
    avec sa source et sa fréquence de revue.

rule-E002-title = Entrée KPI rattachée à aucun objectif
rule-E002-message = Le KPI suivi « { $kpi } » n'est rattaché à aucun objectif.
rule-E002-hint = Ajoutez `objective = "..."` à l'entrée, avec l'identifiant de l'objectif qu'elle prouve, ou supprimez l'entrée.
rule-E002-advice = Indiquez quel objectif le KPI « { $kpi } » prouve, ou cessez de le suivre.
rule-E002-explanation =
    Chaque chiffre relevé chaque semaine coûte du temps de reporting, et les chiffres qui ne répondent
    à aucune question transforment le rapport en tableau de chiffres flatteurs. Chaque KPI suivi doit
    répondre à la question « atteignons-nous cet objectif ? ». Rattachez l'entrée à l'objectif qu'elle
    prouve ; si elle n'en prouve aucun, soit un objectif manque à la stratégie, soit le KPI est
    inutile.

rule-E003-title = Le réseau ne fournit pas ce KPI
rule-E003-message = { $platform } ne fournit pas « { $kpi } » dans ses statistiques natives.
rule-E003-hint = Choisissez une métrique (`metric`) que { $platform } fournit, ou indiquez dans `platform` un réseau qui fournit « { $kpi } ».
rule-E003-advice = Suivez sur { $platform } un KPI proche qu'il fournit, ou suivez « { $kpi } » sur un réseau qui le fournit.
rule-E003-explanation =
    Les statistiques de chaque réseau ne fournissent que certains chiffres : X fournit les impressions
    mais pas la portée, et le taux et le temps de réponse ne sont fournis que par Facebook, Instagram
    et WhatsApp. Un KPI prévu sur un réseau qui ne le fournit pas n'aura aucune valeur au moment de la
    revue, et les exports natifs que Tomster importe ne le rempliront pas. Choisissez un KPI proche
    que le réseau fournit (par exemple les impressions plutôt que la portée sur X), ou suivez le KPI là
    où il est disponible.

rule-E004-title = Indicateur de vanité pour cet objectif
rule-E004-message = « { $kpi } » est un indicateur de vanité pour l'objectif « { $objective } » ({ $kind }) : il peut progresser alors que l'objectif n'est pas atteint.
rule-E004-hint = Remplacez « { $kpi } » par un KPI qui prouve un objectif de type « { $kind } » ; `tomster recommend` les liste.
rule-E004-advice = Prouvez « { $objective } » avec un KPI qui ne progresse que si l'objectif est vraiment atteint, et gardez « { $kpi } » pour diagnostiquer les problèmes.
rule-E004-explanation =
    Les likes, les abonnés, la portée et les vues de vidéos sont faciles à faire monter et agréables à
    présenter, mais pour un objectif de ventes, de leads ou de trafic ils ne prouvent rien : dix mille
    likes peuvent ne s'accompagner d'aucune vente. Les suivre comme preuve d'un tel objectif cache un
    échec derrière de beaux chiffres jusqu'à ce que le budget soit épuisé. Mesurez les ventes avec le
    CPA, le ROAS, le ROI ou le chiffre d'affaires issu des réseaux, les leads avec le taux de
    conversion, les leads ou le CPL, le trafic avec le CTR, le CPC ou les sessions issues des réseaux.
    Les indicateurs de vanité peuvent aider à diagnostiquer un problème, pas à prouver un objectif.

rule-E005-title = Aucune fréquence de revue
rule-E005-message = Le KPI « { $kpi } » n'a pas de fréquence de revue.
rule-E005-hint = Ajoutez `review = "weekly"` (ou `"daily"`, `"monthly"`) à l'entrée.
rule-E005-advice = Décidez à quelle fréquence le KPI « { $kpi } » est relevé et discuté : chaque jour, chaque semaine ou chaque mois, au rythme où vous pourriez réagir.
rule-E005-explanation =
    TOMSTER évalue pendant la campagne, pas après : un KPI qu'on regarde « quand on a le temps » est
    regardé à la fin, quand plus rien ne peut changer. La fréquence de revue fixe le rythme auquel
    l'équipe relève le chiffre et décide : chaque jour pour le service client ou une campagne
    publicitaire en cours, chaque semaine pour la plupart des opérations, chaque mois pour la
    notoriété et la croissance de l'audience. Choisissez la fréquence qui correspond à votre capacité
    de réaction.

rule-E006-title = Aucune source de données
rule-E006-message = Le KPI « { $kpi } » n'a pas de source de données.
rule-E006-hint = Ajoutez `source = "..."` : l'endroit où le chiffre est relevé, comme Meta Business Suite, les statistiques de la page LinkedIn ou Google Analytics.
rule-E006-advice = Indiquez où le chiffre de « { $kpi } » est relevé (statistiques du réseau, Google Analytics…) et gardez la même source pendant toute la période.
rule-E006-explanation =
    Un même KPI donne des valeurs différentes selon l'outil et la méthode : un taux d'engagement
    calculé par abonné et un autre calculé par impression peuvent varier de 10 à 100 fois pour un même
    réseau. Si la source n'est pas fixée, le chiffre change d'un rapport à l'autre pour des raisons
    qui n'ont rien à voir avec les résultats. Indiquez où le chiffre est relevé, et gardez la même
    source pendant toute la période.

rule-E007-title = Aucun seuil d'alerte
rule-E007-message = Le KPI « { $kpi } » n'a pas de seuil d'alerte.
rule-E007-hint = Ajoutez `alert_below = 0.8` pour être alerté quand le rythme réel passe sous 80 % du rythme nécessaire.
rule-E007-advice = Décidez quand « { $kpi } » doit déclencher une alerte, par exemple quand son rythme passe sous 80 % du rythme nécessaire.
rule-E007-explanation =
    Un seuil d'alerte transforme la revue en décision : quand le rythme réel du KPI passe sous une
    part du rythme nécessaire pour atteindre la cible à l'échéance, le tableau de bord le signale.
    Sans seuil, une lente dérive paraît acceptable mois après mois, jusqu'à ce qu'elle ne puisse plus
    être rattrapée. Une valeur de 0.8 est un point de départ courant : sous 80 % du rythme nécessaire,
    quelque chose doit changer.

rule-E008-title = Entrée KPI sans métrique
rule-E008-message = L'entrée « { $kpi } » du tableau des KPI ne dit pas quel KPI elle mesure.
rule-E008-hint = Ajoutez `metric = "..."` avec un identifiant de KPI du catalogue, comme reach, engagement_rate_reach, ctr ou cpl.
rule-E008-advice = Indiquez quel KPI l'entrée « { $kpi } » mesure, comme la portée, un taux d'engagement, le taux de clics ou le coût par prospect.
rule-E008-explanation =
    La métrique indique quel KPI du catalogue l'entrée suit, avec sa formule : portée, taux
    d'engagement par portée, CTR, coût par lead. Sans elle, l'entrée ne peut être ni reliée au KPI
    d'un objectif, ni comparée aux statistiques du réseau, ni remplie par les résultats importés.
    Choisissez l'identifiant du KPI dans le catalogue ; `tomster recommend` liste les KPI habituels de
    chaque objectif.

rule-E009-title = KPI suivi inconnu
rule-E009-message = Le KPI « { $kpi } » n'est ni dans le catalogue ni défini par la stratégie (le plus proche : { $nearest }).
rule-E009-hint = Utilisez un KPI du catalogue (identifiant le plus proche : { $nearest_id }), ou définissez le vôtre dans une entrée `[[custom_kpis]]` avec `id = "{ $kpi }"`, un `name` et une `unit`.
rule-E009-advice = Remplacez « { $kpi } » par un KPI du catalogue, ou décrivez cet indicateur : son nom, son unité et l'endroit où son chiffre est relevé.
rule-E009-explanation =
    Chaque entrée `[[kpis]]` suit un indicateur : un KPI du catalogue (avec sa formule, son unité et
    les réseaux qui le mesurent) ou un KPI que la stratégie définit dans `[[custom_kpis]]`. Un id qui
    n'est ni l'un ni l'autre ne peut être ni suivi ni importé ; c'est sans doute une faute de frappe,
    et le message donne l'id connu le plus proche. Voir la règle O015 pour définir votre propre KPI.

rule-E010-title = Seuil d'alerte sans cible
rule-E010-message = Le KPI « { $kpi } » a un seuil d'alerte, mais aucun objectif ne lui donne de cible à laquelle comparer son rythme : l'alerte ne peut jamais se déclencher.
rule-E010-hint = Retirez `alert_below` de cette entrée `[[kpis]]`, ou reliez-la avec `objective = "..."` à un objectif dont le `kpi` est celui-ci et qui a une `target`.
rule-E010-advice = Suivez « { $kpi } » comme un chiffre à surveiller, ou donnez-lui une cible au travers d'un objectif.
rule-E010-explanation =
    Un seuil d'alerte compare le rythme réel du KPI au rythme nécessaire pour atteindre sa cible à
    l'échéance. Seul le KPI qu'énonce un objectif, avec une cible, a un tel rythme : un indicateur
    d'appoint (un retour sur dépense publicitaire à côté d'un objectif de chiffre d'affaires, un taux
    d'engagement à côté d'un objectif de portée) se lit tel qu'il vient, et un seuil posé dessus
    promet une alerte qui ne peut pas venir.

rule-E101-title = Objectif en retard
rule-E101-message = « { $objective } » est en retard sur son rythme : { $kpi } est à { $actual } là où { $expected } était attendu à ce jour ({ $pace } de la progression attendue).
rule-E101-hint = Consultez la page des résultats de l'objectif ; pour ajuster, enregistrez une nouvelle version avec une `target` ou une `deadline` revue, ou plus de moyens (`posts_per_week`, opérations), et dites pourquoi dans son commentaire.
rule-E101-advice = Pour atteindre la cible à temps, { $kpi } doit maintenant gagner { $needed } par mois : renforcez ce qui le fait progresser, ou revoyez la cible avec le client.
rule-E101-explanation =
    Un objectif est en retard quand la progression faite depuis le début est sous la part de la
    progression attendue que fixe le `alert_below` de son KPI (80 % quand le tableau des KPI n'en
    donne pas). La progression attendue suit une droite de la valeur de départ à la cible à
    l'échéance, ou les poids de `seasonality` de l'objectif. Le constat dit ce que le KPI doit
    désormais gagner chaque mois pour atteindre encore la cible.

rule-E102-title = Objectif hors trajectoire
rule-E102-message = À la tendance actuelle, { $kpi } pour « { $objective } » atteindrait environ { $forecast } (entre { $low } et { $high }) au { $deadline }, en deçà de la cible de { $target }.
rule-E102-hint = Revoyez la `target` de l'objectif selon ce que les données permettent, reportez sa `deadline` ou ajoutez des moyens ; enregistrez le changement dans une nouvelle version dont le commentaire cite ce constat.
rule-E102-advice = Fixez une cible que les résultats permettent (environ { $forecast }) ou changez les moyens : plus de publications, une opération, un budget.
rule-E102-explanation =
    La prévision est une droite des moindres carrés tracée par les derniers mois complets (trois
    au moins, douze au plus), avec une bande de deux écarts types des résidus. Quand même le bout
    favorable de la bande manque la cible, l'objectif est hors trajectoire : ce qui est fait ne
    l'atteindra pas, et il faut changer la cible ou les moyens.

rule-E103-title = Réseau en deçà de son plan
rule-E103-message = Sur { $network }, { $published } publications sont parties ces { $weeks } dernières semaines là où { $planned } étaient prévues : moins de la moitié du plan chaque semaine.
rule-E103-hint = Confrontez le calendrier au temps de l'équipe ; baissez `posts_per_week` pour ce réseau dans une nouvelle version si le plan ne peut pas être tenu.
rule-E103-advice = Donnez à ce réseau le temps que son plan demande, ou baissez son rythme à ce que l'équipe peut tenir.
rule-E103-explanation =
    Le calendrier éditorial prévoit les publications de chaque réseau par semaine ; les imports
    disent combien sont parties. Un réseau publié à moins de la moitié de son plan trois semaines
    complètes de suite a pris du retard : les objectifs qui comptent sur lui en prendront aussi.

rule-E104-title = Portée par publication en baisse
rule-E104-message = Sur { $network }, chaque publication touche moins de monde depuis { $months } mois de suite : de { $from } par publication en { $since } à { $to }.
rule-E104-hint = Comparez les formats et les sujets des meilleures et des moins bonnes publications de ces mois sur la page des résultats.
rule-E104-advice = Regardez quelles publications touchent encore du monde et faites-en davantage : formats, sujets, horaires.
rule-E104-explanation =
    La portée des publications d'un réseau, divisée par le nombre de publications, mois par mois.
    Trois baisses de suite disent que le public voit moins chaque publication : le format, le
    sujet ou la diffusion du réseau ont changé.

rule-E105-title = KPI non mesuré
rule-E105-message = { $kpi } est revu { $review }, mais aucun chiffre n'a été importé du { $from } au { $to }.
rule-E105-hint = Importez l'export qui donne ce KPI, ou saisissez son chiffre sur la page des résultats (`tomster results` lit un CSV long `date, network, metric, value`).
rule-E105-advice = Relevez ce chiffre au rythme convenu, sans quoi l'objectif qu'il prouve ne peut pas être suivi.
rule-E105-explanation =
    Chaque KPI du tableau dit à quel rythme il est revu. Quand sa dernière période de revue est
    passée sans chiffre, l'objectif qu'il prouve est suivi à l'aveugle : importez l'export du
    réseau ou saisissez le chiffre (réservations, contacts, ventes) de la période.

rule-E106-title = Publications sur un réseau hors stratégie
rule-E106-message = { $posts } publications sont parties sur { $network }, un réseau que la stratégie n'utilise pas.
rule-E106-hint = Ajoutez le réseau dans `[[platforms]]` avec un plan `[[always_on]]`, ou cessez de l'importer.
rule-E106-advice = Faites de ce réseau une partie de la stratégie, avec son plan et ses objectifs, ou donnez son temps aux réseaux choisis.
rule-E106-explanation =
    Le temps passé sur un réseau hors de la stratégie manque aux réseaux choisis, et rien dans la
    stratégie ne dit à quoi il sert.

rule-E107-title = Opération sans effet
rule-E107-message = Pendant « { $operation } » ({ $days } jours), { $kpi } a atteint { $during }, pas plus que les { $before } d'autant de jours avant.
rule-E107-hint = Comparez les publications prévues et parties de l'opération sur la page des résultats avant de prévoir la suivante.
rule-E107-advice = Avant de refaire cette opération, regardez ce qu'elle a publié et pour qui : elle n'a pas fait bouger son objectif.
rule-E107-explanation =
    Une opération (un événement, une campagne, un jeu-concours) sert à faire bouger un objectif.
    Quand le KPI de son objectif n'a pas gagné plus pendant ses jours que pendant autant de jours
    avant, elle n'a rien fait bouger que les chiffres montrent.

rule-R001-title = Charge de travail au-delà de la capacité de l'équipe
rule-R001-message = Le plan demande { $hours } heures par semaine, mais l'équipe ne dispose que de { $capacity } heures.
rule-R001-hint = Baissez `posts_per_week` ou retirez un réseau de `[[always_on]]`, réutilisez des contenus d'un réseau à l'autre (`adapted_from`), ajoutez des `hours_per_week` dans `resources.team`, ou confiez une partie de la production à un prestataire (ses `formats`, `networks` et son `cost` dans `resources.outsourcing`) en comparant son coût aux heures gagnées dans `tomster plan`.
rule-R001-advice = Ramenez le plan aux heures de l'équipe : moins de réseaux ou de publications, des formats plus légers, des contenus réutilisés d'un réseau à l'autre, davantage d'heures, ou une partie de la production externalisée.
rule-R001-explanation =
    Un plan plus gros que ses ressources épuise l'équipe et est abandonné trop tôt, ce qui est pire
    qu'un plan modeste tenu toute l'année. Tomster estime la charge hebdomadaire à partir des
    publications par format, de l'animation par réseau et du reporting, avec des hypothèses
    modifiables : les données publiées sont rares et anciennes (environ 3 h 50 pour écrire un article
    de blog, Orbit Media 2023 ; 5 à 10 heures par semaine d'animation de communauté dans le modèle de
    temps de Kanter et Sherman). Ajustez les hypothèses dans `[assumptions]` si votre équipe est plus
    rapide, puis ramenez le plan dans la capacité : moins de réseaux, un rythme plus bas, des formats
    plus légers, plus d'heures ou de l'externalisation. `tomster plan` montre où vont les heures.

rule-R002-title = Charge de travail au-delà de 80 % de la capacité
rule-R002-message = Le plan demande { $hours } heures par semaine, soit { $percent } des { $capacity } heures de l'équipe.
rule-R002-hint = Gardez une marge d'au moins 20 % : baissez `posts_per_week`, réutilisez des contenus d'un réseau à l'autre (`adapted_from`), ajoutez des `hours_per_week` dans `resources.team`, ou confiez une partie de la production à un prestataire (avec ses `formats` et son `cost` dans `resources.outsourcing`), en comparant son coût aux heures gagnées.
rule-R002-advice = Gardez au moins un cinquième des heures de l'équipe libre pour l'imprévu : publiez un peu moins, réutilisez des contenus d'un réseau à l'autre, ajoutez des heures ou externalisez une partie de la production.
rule-R002-explanation =
    Un plan qui occupe plus de 80 % des heures de l'équipe ne laisse aucune place à l'imprévu : une
    vague de commentaires, une absence, une demande urgente, et les opérations qui ajoutent leurs
    propres pics. Les chiffres de charge sont en outre des estimations fondées sur des hypothèses
    modifiables : la charge réelle peut être plus élevée. Gardez une marge d'au moins un cinquième de
    la capacité, ou comparez les hypothèses au temps que votre équipe passe réellement.

rule-R003-title = Coûts au-delà du budget
rule-R003-message = Le plan coûte { $total }, plus que le budget de { $budget }.
rule-R003-hint = Augmentez `resources.budget`, ou réduisez le `budget` d'une opération, le `monthly_cost` d'un outil ou le `cost` d'une prestation externalisée.
rule-R003-advice = Décidez ce qu'il faut réduire ou reporter (une opération, un outil, une prestation), ou faites valider un budget de { $total }.
rule-R003-explanation =
    Le coût du plan additionne les outils sur les mois de la période, les budgets des opérations,
    l'externalisation et les formations. Un plan qui coûte plus que son budget sera coupé en cours de
    période, généralement là où cela fait mal : les opérations payantes censées atteindre les
    objectifs. Décidez dès maintenant ce qu'il faut abandonner ou reporter, ou faites valider un budget
    plus élevé. Les prix des outils changent souvent : vérifiez ceux que vous utilisez sur les pages
    des éditeurs.

rule-R004-title = Compétence que personne n'apporte
rule-R004-message = Le plan a besoin de la compétence « { $skill } » { $reason ->
        [format] pour ses publications « { $need } »
        [community] pour animer la communauté de ses réseaux
       *[operation] pour l'opération « { $need } »
    }, et aucun membre de l'équipe, prestataire ou formation ne l'apporte.
rule-R004-hint = Ajoutez `"{ $skill_id }"` aux `skills` d'un membre de `resources.team`, d'une entrée `[[resources.outsourcing]]` ou d'une entrée `[[resources.training]]`.
rule-R004-advice = Trouvez qui apportera la compétence « { $skill } » : un membre de l'équipe, un prestataire ou une formation ; sinon, remplacez le travail qui la demande.
rule-R004-explanation =
    Chaque format, l'animation de communauté et chaque type d'opération demandent des compétences
    particulières : les vidéos courtes et longues demandent de la vidéo, les carrousels et les
    documents du graphisme, la publicité des compétences en publicité, et chaque réseau de
    l'animation de communauté. Quand personne n'a la compétence, le travail est fait lentement et mal,
    ou pas du tout, et les heures dépassent largement l'estimation. Confiez la compétence à quelqu'un
    qui l'a, achetez-la à un prestataire ou prévoyez une formation ; sinon remplacez le format ou
    l'opération par un autre que l'équipe sait faire.

rule-R005-title = Aucun budget
rule-R005-message = La stratégie n'a pas de budget.
rule-R005-hint = Ajoutez `budget = ...` (le total pour la période) ou `monthly_budget = ...` (le montant de chaque mois) à la table `[resources]`, dans la devise de la stratégie.
rule-R005-advice = Fixez le budget disponible pour la période, ou pour chaque mois, même pour un plan sans publicité : outils, visuels et formations ont un coût.
rule-R005-explanation =
    Même un plan uniquement organique coûte de l'argent : outils, logiciel de création graphique,
    photographe, formation, publication sponsorisée de temps en temps. Sans budget, Tomster ne peut
    pas dire si le plan est finançable, et la décision revient à qui signera la première facture.
    Indiquez le total disponible pour la période, dans la devise de la stratégie ; Tomster le compare
    ensuite aux coûts du plan mois par mois.

rule-R006-title = Aucune équipe
rule-R006-message = Personne n'est affecté au plan : l'équipe est vide.
rule-R006-hint = Ajoutez une entrée `[[resources.team]]` avec `name`, `hours_per_week` et `skills`.
rule-R006-advice = Nommez qui travaille sur le plan, même à temps partiel, avec ses heures par semaine et ses compétences.
rule-R006-explanation =
    Un plan social media, c'est du travail fait chaque semaine par des personnes : écrire, produire
    des visuels et des vidéos, répondre aux commentaires, relever les chiffres. Sans équipe, Tomster ne
    peut pas comparer la charge de travail à une capacité, et personne ne porte le plan. Indiquez qui y
    travaille, même à temps partiel, avec ses heures par semaine et ses compétences ; le travail
    confié à une agence va dans `resources.outsourcing`.

rule-R007-title = Semaine de pointe au-delà de la capacité
rule-R007-message = La semaine du { $week }, le plan demande { $peak } heures, au-delà des { $capacity } heures dont l'équipe dispose cette semaine-là.
rule-R007-hint = Décalez le `start` et le `end` d'une opération pour que les opérations ne se chevauchent pas, vérifiez le `start` et le `end` des membres de l'équipe, ou confiez l'opération à un prestataire (ses `operations` et son `cost` dans `resources.outsourcing`).
rule-R007-advice = Répartissez les opérations sur la période, allégez les publications régulières cette semaine-là, vérifiez les dates d'arrivée et de départ des membres de l'équipe, ou confiez une opération à un prestataire.
rule-R007-explanation =
    La charge courante peut tenir dans la capacité de l'équipe alors que certaines semaines non : les
    opérations ajoutent leurs propres heures pendant leurs dates, en plus des publications de la
    présence permanente, et l'équipe est plus petite avant l'arrivée d'un membre ou après son départ
    (son `start` et son `end`). Ces semaines-là, quelque chose cède, généralement les publications
    régulières et les réponses à la communauté. Étalez les opérations sur la période, allégez la
    présence permanente pendant ces semaines, vérifiez les dates de l'équipe, ou confiez une
    opération à un prestataire.

rule-R008-title = Aucune marge budgétaire
rule-R008-message = Le plan coûte { $total }, plus de 90 % du budget de { $budget }.
rule-R008-hint = Gardez environ un dixième de `resources.budget` libre pour l'imprévu, ou réduisez le `budget` d'une opération ou le coût d'un outil.
rule-R008-advice = Gardez environ un dixième du budget libre pour l'imprévu, ou réduisez une opération ou un outil.
rule-R008-explanation =
    Un budget dépensé jusqu'au dernier euro ne laisse aucune place à ce qui arrive toujours : un outil
    dont le prix augmente, une publication qui mérite d'être sponsorisée, une campagne à prolonger
    parce qu'elle marche. Garder environ 10 % libres permet à l'équipe de réagir aux résultats en cours
    de période, ce qui est tout l'intérêt d'évaluer au fil de l'eau. Ce n'est qu'un conseil : si les
    chiffres sont sûrs et que le budget ne peut pas bouger, vous pouvez garder le plan tel quel.

rule-R009-title = Membre de l'équipe sans heures
rule-R009-message = Le membre de l'équipe « { $member } » ne consacre aucune heure au plan.
rule-R009-hint = Indiquez `hours_per_week` pour ce membre dans `resources.team`, ou retirez-le de l'équipe.
rule-R009-advice = Donnez à « { $member } » un nombre d'heures par semaine réaliste, même faible, ou retirez cette personne de l'équipe.
rule-R009-explanation =
    La capacité de l'équipe est la somme des heures hebdomadaires de ses membres, et le travail est
    réparti entre eux au prorata de leurs heures. Un membre sans heures n'ajoute rien à la capacité et
    ne reçoit aucun travail : ses compétences sont comptées comme disponibles alors que personne n'a
    le temps de s'en servir. Indiquez un chiffre réaliste, même faible : une responsable qui relit les
    publications une heure par semaine compte pour 1.

rule-R010-title = Membre de l'équipe surchargé
rule-R010-message = Le membre de l'équipe « { $member } » reçoit { $load } heures de travail par semaine, plus que ses { $hours } heures.
rule-R010-hint = Ajoutez les compétences de ce travail aux `skills` d'un autre membre, augmentez les `hours_per_week` de ce membre, ou externalisez la compétence dans `resources.outsourcing`.
rule-R010-advice = Partagez le travail de « { $member } » avec un autre membre de l'équipe qui a les compétences, augmentez ses heures si c'est possible, ou externalisez-en une partie.
rule-R010-explanation =
    L'équipe dans son ensemble peut avoir assez d'heures alors qu'une personne n'en a pas assez, car
    le travail va aux membres qui ont la compétence requise, au prorata de leurs heures. Si un seul
    membre a `video`, toutes les vidéos lui reviennent. Répartissez les compétences : formez une
    deuxième personne (`[[resources.training]]`), externalisez le format le plus exigeant, ou donnez
    plus d'heures au membre surchargé s'il en a. `tomster plan` montre la charge de chaque membre.

rule-R011-title = Prestataire sans périmètre
rule-R011-message = Le prestataire « { $provider } » a des compétences mais pas de périmètre : il ne décharge l'équipe d'aucun travail.
rule-R011-hint = Dites ce qu'il fait : les `formats` qu'il produit, les `networks` sur lesquels il travaille (avec `community_management` pour animer leur communauté), les `operations` qu'il mène, et combien (`posts_per_month` ou `hours_per_week`).
rule-R011-advice = Précisez ce que fait « { $provider } » : quels formats il produit, sur quels réseaux, quelles opérations il mène, et en quelle quantité.
rule-R011-explanation =
    Un prestataire décharge l'équipe seulement dans son périmètre : les formats qu'il produit (sur
    ses réseaux, ou sur tous), la communauté de ses réseaux s'il apporte l'animation de communauté,
    les opérations qu'il mène, jusqu'à une quantité (publications par mois ou heures par semaine),
    entre ses dates. Des compétences seules ne disent pas quel travail quitte l'équipe : un studio
    vidéo avec la compétence `video` peut faire deux films par trimestre ou toutes les vidéos courtes
    de l'année, et le plan ne doit pas supposer la seconde option. Sans périmètre, le prestataire est
    compté pour son coût et l'équipe garde tout le travail.

rule-R012-title = Travail externalisé sans coût
rule-R012-message = Le prestataire « { $provider } » décharge l'équipe de { $hours } heures par semaine, mais ne coûte rien dans le plan.
rule-R012-hint = Ajoutez son `cost` (et `billing = "once"` pour un forfait unique), pour comparer les heures gagnées à ce qu'il coûte.
rule-R012-advice = Indiquez le prix de « { $provider } », pour comparer les heures qu'il fait gagner à ce qu'il coûte.
rule-R012-explanation =
    Externaliser fait passer du travail des heures de l'équipe au budget. Un prestataire sans coût
    rend le plan à la fois plus léger et moins cher qu'il ne l'est : les heures disparaissent et
    aucune dépense ne les remplace. Indiquez son prix, mensuel ou unique, pour que le plan montre ses
    heures et son coût côte à côte et que le contrôle du budget le compte.

rule-R013-title = Mois au-delà du budget mensuel
rule-R013-message = En { $month }, le plan coûte { $spent }, au-delà du budget mensuel de { $budget }.
rule-R013-hint = Déplacez une opération ou un coût ponctuel vers un mois plus léger, étalez-le, ou relevez `monthly_budget`.
rule-R013-advice = Déplacez ou étalez les dépenses prévues en { $month }, ou relevez le budget mensuel.
rule-R013-explanation =
    Quand l'argent est accordé mois par mois, un mois qui coûte plus que sa part ne peut pas être
    payé, même si l'année tombe juste. Les coûts sont comptés le mois où ils sont payés : une
    formation à sa date, un forfait quand le travail commence, le budget d'une opération sur ses
    jours.

# The stage of a message that has none (rule M011 reports it), where another rule names it.
rule-stage-unspecified = non précisée
