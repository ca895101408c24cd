## Textes d'aide des champs des formulaires guidés (crates/tomster-web/src/editor/mod.rs) : help-DÉFINITION-CHAMP, et help-SECTION pour une section entière.

## Sections entières
help-strategy = L'identité de la stratégie : son nom, le client, la période, la langue, la devise et le pays. La période cadre le calendrier, le budget et les échéances.
help-personas = À qui vous parlez exactement : quelques personas, avec leurs objectifs, leurs irritants et les réseaux qu'ils fréquentent. Toutes les autres étapes s'appuient sur eux.
help-objectives = Pourquoi vous êtes sur les réseaux sociaux, et dans quelle mesure : des objectifs précis, chacun avec son indicateur (KPI), sa cible et son échéance, pour savoir s'ils sont atteints.
help-pillars = Les thèmes récurrents de vos publications, et la part des publications consacrée à chacun, en pourcentage.
help-messages = Ce que vous dites à chaque persona à chaque étape de son parcours d'achat, avec les preuves qui l'appuient et ce que vous lui demandez de faire.
help-always-on = Votre présence au quotidien sur chaque réseau : combien de publications, dans quels formats et quels jours. Elle détermine le calendrier et les heures nécessaires.
help-operations = Les opérations ponctuelles, en plus de la présence au quotidien (publicité, jeux-concours, influenceurs, événements, e-mailing), chacune avec ses dates, son budget et ses objectifs.
help-platforms = Les réseaux retenus, et pourquoi : choisissez ceux où vos personas se trouvent vraiment, plutôt que d'être partout.
help-tools = Les outils de gestion des réseaux sociaux utilisés (programmation, veille, création graphique, statistiques), avec leur coût.
help-kpis = Les indicateurs (KPI) suivis pour prouver chaque objectif : d'où vient chaque chiffre, à quelle fréquence il est revu et quand déclencher une alerte.
help-custom-kpis = Vos propres chiffres, en plus de la liste d'indicateurs de Tomster (dégustations réservées, inscriptions, devis signés…) : vous pourrez ensuite les choisir pour vos objectifs et vos KPI suivis.
help-custom-networks = Les réseaux que la liste de Tomster ne connaît pas, comme Discord, un forum ou une plateforme locale : ils sont planifiés, chiffrés et placés au calendrier comme les autres.
help-resources = Votre budget, votre équipe, vos prestataires et vos formations. Un plan plus grand que ses moyens épuise l'équipe et finit abandonné trop tôt.
help-assumptions = Le temps que prend le travail à votre équipe. Modifiez ces chiffres si les valeurs habituelles de Tomster ne correspondent pas à votre rythme : ils fixent les heures nécessaires au plan.

## La stratégie
help-strategy-info-id = Une référence stable pour cette stratégie : les événements du calendrier portent ce nom, si bien que renommer la stratégie ne les duplique pas dans les agendas. Laissez vide pour la tirer du nom.
help-strategy-info-name = Le titre de la stratégie, tel qu'il figure sur la couverture du document, par exemple « Plan social media de la boulangerie 2026 ».
help-strategy-info-organisation = Le client : l'entreprise ou l'organisation pour laquelle la stratégie est écrite.
help-strategy-info-prepared-by = L'agence ou le consultant qui a préparé la stratégie, cité sur la couverture du document. Laissez vide si vous l'avez écrite pour vous-même.
help-strategy-info-logo = Pour la ligne de commande seulement : l'emplacement du fichier du logo, à côté du fichier de stratégie. Dans l'application web, envoyez le logo depuis la page Cible, sous Téléchargements.
help-strategy-info-accent-colour = La couleur des titres et des graphiques du document de stratégie, par exemple #1F6FB2. Laissez vide pour un bleu que les personnes daltoniennes distinguent bien.
help-strategy-info-language = La langue du document de stratégie et des remarques de Tomster : français ou anglais.
help-strategy-info-currency = La devise de tous les montants de la stratégie, en trois lettres majuscules : EUR, GBP, USD…
help-strategy-info-country = Le pays où vivent la plupart de vos personas, en deux lettres (FR, GB, US…) : il fixe les chiffres d'audience, les jours fériés et le droit applicable. Laissez vide pour suivre la langue.
help-strategy-info-region = La partie du pays où se trouve l'entreprise. L'Écosse et l'Irlande du Nord ont leurs propres jours fériés, que le calendrier laisse alors libres ; ailleurs, ceux du pays s'appliquent.
help-strategy-info-sector = Si la stratégie promeut un produit réglementé (alcool, produits de santé, services financiers, jeux d'argent, alimentation pour enfants), choisissez-le : Tomster cite alors les règles légales applicables.
help-strategy-info-start = Le premier jour de la stratégie : le calendrier, le budget et le rythme des objectifs partent de cette date.
help-strategy-info-end = Le dernier jour de la stratégie : les échéances des objectifs et les opérations doivent tomber avant.
help-strategy-info-timezone = Le fuseau horaire des heures de publication du calendrier. Laissez vide pour l'heure de Paris.
help-strategy-info-website = L'adresse de votre site web, commençant par https:// : l'endroit où vos publications mènent, là où le contact vous appartient.
help-strategy-info-blog = L'adresse de votre blog, si vous en avez un, commençant par https://.
help-strategy-info-newsletter = Le nom ou l'adresse d'inscription de votre lettre d'information, si vous en avez une : les publications peuvent inviter à s'y abonner.

## Personas
help-persona-id = Une référence courte pour ce persona, en lettres, chiffres et tirets, sans espace, par exemple jeunes-parents : les autres étapes s'en servent pour le désigner.
help-persona-name = Un prénom et une courte description qui donnent vie au persona, par exemple « Julie, jeune maman pressée ».
help-persona-segment = Ce persona achète-t-il pour lui-même (B2C), pour une entreprise (B2B), ou est-il usager d'un service public ou d'une association ? Les conseils et les vérifications en dépendent.
help-persona-age = La tranche d'âge du persona, en années, bornes comprises, par exemple de 25 à 40 ans : elle est comparée à l'audience de chaque réseau.
help-age-range-min = L'âge le plus jeune du persona, en années.
help-age-range-max = L'âge le plus élevé du persona, en années.
help-persona-gender = La répartition femmes-hommes de ce persona, qui sert à estimer l'audience que chaque réseau peut toucher.
help-persona-location = Où le persona vit ou travaille, en toutes lettres, par exemple « Lyon et sa banlieue ».
help-persona-country = Le pays du persona, pour les chiffres d'audience. Laissez vide si c'est celui de la stratégie.
help-persona-occupation = Le métier ou la situation du persona, par exemple restaurateur, étudiante ou retraité.
help-persona-industry = Pour un persona B2B : le secteur d'activité de son entreprise, par exemple la logistique ou le commerce de détail.
help-persona-company-size = Pour un persona B2B : la taille de son entreprise. Laissez vide si vous ne la connaissez pas.
help-persona-goals = Ce que ce persona veut accomplir, un objectif par ligne : vos publications doivent l'aider à y parvenir.
help-persona-pain-points = Ce qui gêne ou bloque ce persona, un irritant par ligne : un bon contenu répond à ces frustrations.
help-persona-questions = Les questions que ce persona se pose avant d'acheter, une par ligne : chacune peut devenir une publication.
help-persona-objections = Ce qui retient ce persona d'acheter, une objection par ligne (trop cher, pas le temps…) : vos messages doivent y répondre.
help-persona-channels = Choisissez les réseaux que ce persona utilise vraiment : Tomster vérifie que les réseaux où vous publiez touchent bien vos personas.
help-persona-technographics = Choisissez comment ce persona se comporte en ligne : il crée du contenu, commente, donne des avis, rejoint des groupes, se contente de lire… Cela oriente les formats et le ton des publications.
help-persona-stage-mix = La répartition des personnes de ce persona sur le parcours d'achat, en pourcentage par étape ; les quatre étapes totalisent 100.
help-stage-mix-awareness = La part des personnes de ce persona à l'étape de la découverte (elles prennent conscience de leur besoin ou de votre marque), en pourcentage : 40 pour 40 %.
help-stage-mix-consideration = La part des personnes de ce persona à l'étape de la considération (elles comparent les solutions), en pourcentage : 30 pour 30 %.
help-stage-mix-decision = La part des personnes de ce persona à l'étape de la décision (elles sont prêtes à acheter), en pourcentage : 20 pour 20 %.
help-stage-mix-retention = La part des personnes de ce persona déjà clientes, à garder et à fidéliser, en pourcentage : 10 pour 10 %.
help-persona-priority = 1 pour le persona le plus important, 2 pour le suivant, et ainsi de suite : le plan accorde le plus d'attention au premier.

## Objectifs
help-objective-id = Une référence courte pour cet objectif, en lettres, chiffres et tirets, sans espace, par exemple plus-de-reservations : les autres étapes s'en servent pour le désigner.
help-objective-kind = À quoi sert l'objectif : notoriété, engagement, trafic, prospects, ventes, fidélisation, service client ou marque employeur. Les indicateurs (KPI) proposés par Tomster en dépendent.
help-objective-statement = L'objectif en une phrase simple, précise et datée, par exemple « Obtenir 40 prospects qualifiés par mois via LinkedIn d'ici juin ».
help-objective-personas = Choisissez les personas que cet objectif concerne : ceux qui doivent changer de comportement.
help-objective-kpi = Choisissez l'indicateur (KPI) qui prouve que l'objectif est atteint : sans lui, personne ne peut dire si cela a marché.
help-objective-platforms = Choisissez les réseaux qui servent cet objectif.
help-objective-baseline = La valeur actuelle du KPI, au début de la stratégie (0 pour un nouveau compte) : les progrès se mesurent à partir d'elle.
help-objective-target = Ce que le KPI doit atteindre à l'échéance : un niveau (800), un gain sur la valeur de départ (+500) ou une variation en pourcentage (+30 %).
help-objective-deadline = Le jour où la cible doit être atteinte, dans la période de la stratégie : Tomster en déduit le rythme nécessaire.
help-objective-per = Pour un KPI qui s'additionne : la cible est-elle sa valeur sur un mois ou une semaine (« 40 dégustations par mois »), plutôt que son total depuis le début (« 30 rendez-vous dans l'année ») ?
help-objective-seasonality = Douze poids mensuels, janvier d'abord, quand la progression n'est pas régulière sur l'année (le décembre d'un domaine viticole, le septembre d'une médiathèque) : le rythme attendu les suit.

## Piliers de contenu
help-pillar-id = Une référence courte pour ce pilier, en lettres, chiffres et tirets, sans espace, par exemple coulisses : les messages et les réseaux s'en servent pour le désigner.
help-pillar-name = Le thème, en toutes lettres, par exemple « Les coulisses » ou « Conseils aux clients ».
help-pillar-share = La part des publications consacrée à ce pilier, en pourcentage : 40 pour 40 %. Ensemble, les piliers totalisent 100.

## Messages
help-message-persona = Choisissez le persona auquel ce message s'adresse.
help-message-stage = Choisissez l'étape du parcours d'achat visée par ce message : découverte, considération, décision ou fidélisation.
help-message-aida = Choisissez l'étape AIDA que ce message travaille : capter l'attention, susciter l'intérêt, créer le désir ou pousser à l'action.
help-message-key-message = L'idée unique que ce persona doit retenir à cette étape, en une phrase.
help-message-proof-points = Les faits qui rendent le message crédible, un par ligne : chiffres, avis clients, récompenses, garanties.
help-message-content-types = Choisissez les types de publications qui portent ce message, par exemple vidéo courte ou carrousel.
help-message-call-to-action = Ce que vous demandez au persona de faire, par exemple « Réservez une table » ou « Téléchargez le guide ».
help-message-pillars = Choisissez les piliers de contenu auxquels ce message appartient.
help-message-networks = Choisissez les réseaux pour lesquels ce message est écrit. Laissez vide pour tous les réseaux que ce persona utilise.

## Présence permanente
help-always-on-platform = Choisissez le réseau de cette présence au quotidien.
help-always-on-posts-per-week = Le nombre de publications par semaine sur ce réseau, par exemple 3. Laissez vide pour additionner les publications par format.
help-always-on-formats = Le nombre de publications par semaine dans chaque format, par exemple 2 images et 1 vidéo courte : le temps de production dépend du format.
help-always-on-pillars = La part des publications de ce réseau consacrée à chaque pilier de contenu, en pourcentage : 40 pour 40 %. Laissez vide pour reprendre les parts générales des piliers.
help-always-on-times = Les heures de publication sur ce réseau, utilisées à tour de rôle, par exemple 12:30 et 18:00. Laissez vide pour les heures habituelles de Tomster sur ce réseau.
help-always-on-ad-budget-per-month = Le montant dépensé chaque mois pour sponsoriser ces publications du quotidien, dans la devise de la stratégie, par exemple 150 €.
help-always-on-adapted-from = Choisissez le réseau dont les publications sont reprises ici en les adaptant : adapter prend moins de temps que créer. Laissez vide si les publications sont conçues pour ce réseau.
help-always-on-days = Choisissez les jours de publication sur ce réseau ; ses opérations les suivent aussi. Aucun coché : du lundi au vendredi sur un réseau professionnel, tous les jours ailleurs.
help-always-on-post-on-holidays = Oui pour publier aussi les jours fériés du pays de la stratégie ; sinon, le calendrier les saute.
help-always-on-max-posts-per-day = Le nombre maximal de publications par jour sur ce réseau, opérations comprises. Laissez vide pour la valeur habituelle de Tomster.

## Opérations
help-operation-id = Une référence courte pour cette opération, en lettres, chiffres et tirets, sans espace, par exemple concours-ete : les prestataires s'en servent pour la désigner.
help-operation-kind = Choisissez le type d'opération : publicité sur les moteurs de recherche ou les réseaux, affiliation, influence, jeu-concours, jeu sérieux, événement, e-mailing ou autre.
help-operation-name = Le nom de l'opération, par exemple « Jeu-concours de l'été » ou « Journée portes ouvertes ».
help-operation-start = Le premier jour de l'opération, dans la période de la stratégie.
help-operation-end = Le dernier jour de l'opération, dans la période de la stratégie.
help-operation-budget = Le coût total de l'opération (publicité, lots, honoraires), dans la devise de la stratégie, par exemple 500 €.
help-operation-objectives = Choisissez les objectifs que cette opération sert : une opération qui n'en sert aucun se justifie mal.
help-operation-platforms = Choisissez les réseaux sur lesquels l'opération se déroule.
help-operation-posts-per-week = Les publications supplémentaires par semaine sur chacun de ses réseaux pendant l'opération, par exemple 2. Laissez vide pour la valeur habituelle de Tomster.
help-operation-personas = Choisissez les personas visés par l'opération.
help-operation-key-message = Ce que disent les publications de l'opération, en une ou deux phrases.
help-operation-call-to-action = Ce que vous demandez au public de faire, par exemple « Participez au jeu avant le 30 juin ».

## Réseaux choisis
help-chosen-platform-id = Choisissez un réseau où vos personas se trouvent vraiment.
help-chosen-platform-rationale = Pourquoi ce réseau : quels personas s'y trouvent et ce qu'il apporte à vos objectifs. Cette justification figure dans le document de stratégie.

## Outils
help-tool-name = Le nom de l'outil, par exemple Metricool, Canva ou Hootsuite.
help-tool-category = Choisissez à quoi sert l'outil : programmation, veille, création graphique, statistiques, publicité, relation client ou autre.
help-tool-plan = L'offre souscrite, telle que l'éditeur la nomme, par exemple Starter ou Pro.
help-tool-monthly-cost = Le prix par mois dans la devise de la stratégie, par licence si vous indiquez le nombre de licences, comme les éditeurs l'affichent.
help-tool-seats = Le nombre de licences (utilisateurs) payées : le prix mensuel est multiplié par ce nombre.
help-tool-free-tier = Oui si vous utilisez l'offre gratuite de l'outil.

## KPI suivis
help-kpi-plan-id = Une référence courte pour cette ligne de suivi, en lettres, chiffres et tirets, sans espace, par exemple portee-instagram.
help-kpi-plan-metric = Choisissez l'indicateur (KPI) mesuré, dans la liste de Tomster ou parmi vos propres KPI.
help-kpi-plan-objective = Choisissez l'objectif que ce KPI prouve.
help-kpi-plan-platform = Choisissez le réseau d'où vient le chiffre. Laissez vide si le chiffre ne dépend pas d'un seul réseau.
help-kpi-plan-source = Où vous relevez le chiffre, par exemple Meta Business Suite, Google Analytics ou votre logiciel de réservation.
help-kpi-plan-review = À quelle fréquence vous regardez ce KPI : chaque jour, chaque semaine ou chaque mois. Des revues fréquentes permettent d'ajuster le plan à temps.
help-kpi-plan-alert-below = Tomster déclenche une alerte quand le rythme réel du KPI tombe sous ce pourcentage du rythme nécessaire pour atteindre la cible, par exemple 80.

## Vos propres KPI
help-custom-kpi-id = Une référence courte pour ce KPI, en lettres, chiffres et tirets, sans espace, par exemple degustations-reservees : vous le choisissez ensuite comme les KPI de Tomster.
help-custom-kpi-name = Le nom de votre KPI tel qu'il apparaît dans la stratégie et les rapports, par exemple « Dégustations réservées ».
help-custom-kpi-unit = Choisissez ce que compte le chiffre : un nombre, un pourcentage, un montant, des minutes ou un ratio.
help-custom-kpi-direction = Un chiffre plus haut est-il meilleur (réservations, ventes) ou plus bas (délai de réponse, coût par prospect) ?
help-custom-kpi-measure = Un niveau, dont la dernière valeur compte (un total d'avis, une note), ou un flux, dont les valeurs s'additionnent (réservations, nouveaux membres). Sans lui, les nombres et les montants s'additionnent, les pourcentages sont des niveaux.
help-custom-kpi-definition = Comment le chiffre est calculé, en quelques mots, pour que tout le monde le compte de la même façon.
help-custom-kpi-source = Où vous relevez le chiffre : logiciel de réservation, fichier clients, caisse…

## Vos propres réseaux
help-custom-network-id = Une référence courte pour ce réseau, en lettres, chiffres et tirets, sans espace, par exemple discord : vous le choisissez ensuite comme les autres réseaux.
help-custom-network-name = Le nom du réseau, par exemple Discord ou un forum local.
help-custom-network-formats = Choisissez les types de publications que ce réseau accepte. Laissez vide pour le texte et l'image.
help-custom-network-metrics = Choisissez les KPI que les statistiques de ce réseau fournissent, dans la liste de Tomster ou parmi vos propres KPI.
help-custom-network-professional = Oui s'il s'agit d'un réseau à usage professionnel, comme LinkedIn : Tomster en cherche un quand les personas sont des entreprises.

## Ressources
help-resources-budget = Le budget total de toute la période de la stratégie, dans la devise de la stratégie : Tomster vérifie que le plan y tient.
help-resources-monthly-budget = Le budget par mois, quand l'argent est accordé mois par mois, dans la devise de la stratégie : chaque mois est comparé à ce montant.
help-resources-team = Les personnes qui travaillent sur le plan, avec leurs heures et leurs compétences : Tomster vérifie que le plan tient dans leur temps.
help-resources-outsourcing = Le travail confié à une agence ou à un indépendant : il allège l'équipe et s'ajoute aux coûts.
help-resources-training = Les formations qui apportent à l'équipe une compétence qui lui manque, avec leur coût.
help-resources-milestones = Les étapes datées du plan, par exemple le lancement ou un bilan à mi-parcours. Elles figurent dans le calendrier éditorial.

## Équipe
help-team-member-name = Le nom de la personne, ou son rôle si elle n'est pas encore connue.
help-team-member-role = Son rôle dans le plan, par exemple community manager, photographe ou responsable qui valide les publications.
help-team-member-hours-per-week = Les heures par semaine que chaque personne consacre au plan, par exemple 6 : Tomster les compare aux heures dont le plan a besoin.
help-team-member-skills = Choisissez les compétences que cette personne apporte : Tomster vérifie que chaque compétence nécessaire au plan est couverte.
help-team-member-count = Le nombre de personnes que représente cette ligne, par exemple 3 commerciaux ; heures et coûts s'entendent par personne. Laissez vide pour une seule.
help-team-member-hourly-cost = Ce que coûte une heure de cette personne, salaire et charges compris, dans la devise de la stratégie : cela valorise le temps passé sur le plan.
help-team-member-monthly-cost = Ou, à la place du coût horaire, ce que cette personne coûte par mois pour les heures consacrées au plan, dans la devise de la stratégie.
help-team-member-start = Le jour où la personne rejoint le plan. Laissez vide si c'est dès le début de la stratégie.
help-team-member-end = Le jour où la personne quitte le plan. Laissez vide si c'est à la fin de la stratégie.

## Externalisation
help-outsourcing-provider = Le nom de l'agence ou de l'indépendant.
help-outsourcing-scope = Ce que fait le prestataire, en quelques mots, comme dans son devis.
help-outsourcing-skills = Choisissez les compétences que le prestataire apporte au plan.
help-outsourcing-formats = Choisissez les formats que le prestataire produit : ces publications ne prennent plus de temps à l'équipe.
help-outsourcing-networks = Choisissez les réseaux sur lesquels le prestataire intervient ; laissez vide pour tous. S'il apporte l'animation de communauté, il anime aussi ces réseaux.
help-outsourcing-operations = Choisissez les opérations que le prestataire mène : leur travail hebdomadaire ne prend plus de temps à l'équipe.
help-outsourcing-posts-per-month = Le nombre maximal de publications par mois que le prestataire produit. Laissez vide pour toutes les publications de son périmètre.
help-outsourcing-hours-per-week = Le nombre maximal d'heures par semaine du prestataire. Laissez vide pour tout le travail de son périmètre.
help-outsourcing-start = Le jour où le prestataire commence ; un coût unique est payé ce jour-là. Laissez vide si c'est dès le début de la stratégie.
help-outsourcing-end = Le jour où le prestataire s'arrête. Laissez vide si c'est à la fin de la stratégie.
help-outsourcing-cost = Le prix du prestataire dans la devise de la stratégie, par mois ou en une fois selon la facturation.
help-outsourcing-billing = Le coût est-il payé chaque mois ou en une seule fois ? Laissez vide pour chaque mois.

## Formations
help-training-topic = Le sujet de la formation, par exemple « Tourner des vidéos courtes au smartphone ».
help-training-skills = Choisissez les compétences que la formation apporte à l'équipe.
help-training-cost = Le prix de la formation, payé une fois, dans la devise de la stratégie.
help-training-date = Le jour où la formation est payée. Laissez vide pour le début de la stratégie.

## Jalons
help-milestone-name = L'étape, par exemple « Lancement sur Instagram » ou « Bilan à mi-parcours ».
help-milestone-date = Le jour de cette étape.

## Hypothèses d'effort
help-assumptions-minutes-per-format = Les minutes dont votre équipe a besoin pour produire une publication de chaque format, par exemple 45 pour une vidéo courte. Laissez vide pour les valeurs habituelles de Tomster.
help-assumptions-community-minutes-per-network-week = Les minutes passées chaque semaine sur chaque réseau à répondre aux commentaires et aux messages, quels que soient ses publications et son audience. Laissez vide : Tomster compte l'écoute, les réponses à chaque publication et la taille de l'audience.
help-assumptions-community-minutes-per-post = Les minutes passées à répondre aux commentaires et aux messages qu'une publication amène, et à les modérer. Laissez vide pour la valeur habituelle de Tomster.
help-assumptions-reporting-minutes-per-week = Les minutes passées chaque semaine au reporting, pour tout le plan. Laissez vide pour la valeur habituelle de Tomster.
help-assumptions-adaptation-minutes-per-post = Les minutes pour adapter une publication déjà produite pour un autre réseau. Laissez vide pour la valeur habituelle de Tomster.
help-assumptions-operation-hours-per-week = Les heures par semaine que prend chaque type d'opération pendant qu'elle se déroule, par exemple 3 pour un jeu-concours. Laissez vide pour les valeurs habituelles de Tomster.
help-document = Ce que contient le document remis au client : les chapitres à inclure, si les points encore à régler vont en annexe, et qui valide la stratégie.
help-document-options-sections = Les chapitres du document à inclure. Laissez vide pour tous ; les sources sont toujours listées.
help-document-options-findings = Oui pour lister en annexe les points encore à régler ; non pour les garder hors de la copie du client (la synthèse n'en parle alors pas).
help-document-options-approval = Les personnes qui approuvent la stratégie : le document se termine par une page où chacune signe et date.
help-approver-name = Le nom de la personne qui valide, tel qu'il doit figurer sur la ligne de signature.
help-approver-role = Sa fonction ou son entreprise (facultatif), par exemple « Fondatrice, Distillerie de Leith ».
