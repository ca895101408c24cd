//! Example strategies that `tomster init` writes: valid, commented starting points.

use crate::model::Language;

/// An example strategy shipped in the binary.
#[derive(Clone, Copy, Debug)]
pub struct Template {
    pub name: &'static str,
    /// The language the example is written in.
    pub language: Language,
    pub description: &'static str,
    pub text: &'static str,
}

pub const TEMPLATES: &[Template] = &[
    Template {
        name: "boulangerie",
        language: Language::French,
        description: "A local B2C business (a neighbourhood bakery), in French",
        text: include_str!("../templates/boulangerie.toml"),
    },
    Template {
        name: "domaine-viticole",
        language: Language::French,
        description: "A wine estate selling to consumers and restaurants (a regulated sector), in French",
        text: include_str!("../templates/domaine-viticole.toml"),
    },
    Template {
        name: "studio-yoga",
        language: Language::French,
        description: "A neighbourhood yoga and pilates studio in Bordeaux (a local business with little time), in French",
        text: include_str!("../templates/studio-yoga.toml"),
    },
    Template {
        name: "mediatheque",
        language: Language::French,
        description: "A public library reaching teenagers and seniors, in French",
        text: include_str!("../templates/mediatheque.toml"),
    },
    Template {
        name: "b2b-saas",
        language: Language::English,
        description: "A B2B software company selling to logistics firms, in English",
        text: include_str!("../templates/b2b-saas.toml"),
    },
    Template {
        name: "gin-distillery",
        language: Language::English,
        description: "A craft gin distillery in Edinburgh selling tours, bottles and to the trade (a regulated sector, Scotland's holidays), in English",
        text: include_str!("../templates/gin-distillery.toml"),
    },
    Template {
        name: "hr-saas",
        language: Language::English,
        description: "An HR software start-up selling to UK small and mid-size companies, in English",
        text: include_str!("../templates/hr-saas.toml"),
    },
];

/// The example with a name, case-insensitively.
pub fn template(name: &str) -> Option<&'static Template> {
    TEMPLATES
        .iter()
        .find(|template| template.name.eq_ignore_ascii_case(name))
}

/// The example written in a language.
pub fn default_template(language: Language) -> &'static Template {
    TEMPLATES
        .iter()
        .find(|template| template.language == language)
        .unwrap_or(&TEMPLATES[0])
}
