//! The guided editor through its pages: a step's form saves a version, refuses a wrong value on
//! its field with nothing stored, and adds list elements without saving.

use axum::http::StatusCode;

use crate::support::{backends, encode, world};

/// The fields of a form page as a browser posts them (inputs, selects and text areas).
pub fn form_fields(body: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let form = body.split("class=\"guided\"").nth(1).unwrap_or("");
    for part in form.split('<').skip(1) {
        let tag = part.split('>').next().unwrap_or("");
        let attribute = |name: &str| {
            tag.split(&format!(" {name}=\""))
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .map(unescape)
        };
        if tag.starts_with("input") {
            // A checkbox posts its value only when it is ticked.
            if tag.contains("type=\"checkbox\"") && !tag.contains(" checked") {
                continue;
            }
            if let (Some(name), Some(value)) = (attribute("name"), attribute("value")) {
                fields.push((name, value));
            }
        } else if tag.starts_with("textarea") {
            if let Some(name) = attribute("name") {
                let value = part
                    .split_once('>')
                    .map(|(_, text)| unescape(text))
                    .unwrap_or_default();
                fields.push((name, value));
            }
        } else if tag.starts_with("select") {
            if let Some(name) = attribute("name") {
                fields.push((name, String::new()));
            }
        } else if tag.starts_with("option") && tag.contains(" selected") {
            if let (Some(value), Some(last)) = (attribute("value"), fields.last_mut()) {
                last.1 = value;
            }
        }
    }
    fields
}

fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

pub fn body_of(fields: &[(String, String)], action: &str) -> String {
    let mut parts: Vec<String> = fields
        .iter()
        .filter(|(name, _)| name != "action")
        .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
        .collect();
    parts.push(format!("action={}", encode(action)));
    parts.join("&")
}

#[tokio::test]
async fn a_step_form_saves_refuses_wrong_values_and_adds_elements() {
    for backend in backends() {
        let world = world(backend).await;
        let app = &world.app;
        let owner = &world.owner;
        let id = &world.strategy;
        let page = app
            .send(owner.get(&format!("/s/{id}/form/objectives")))
            .await;
        assert_eq!(page.status, StatusCode::OK, "{backend:?}");
        let mut fields = form_fields(&page.body);
        assert!(
            fields.iter().any(|(name, _)| name == "objectives.0.target"),
            "{fields:?}"
        );

        // A wrong value: refused on its field, nothing stored.
        for field in fields.iter_mut() {
            if field.0 == "objectives.0.deadline" {
                field.1 = "2027-02-30".to_owned();
            }
        }
        // While typing, the live check puts the finding on its field; nothing is stored.
        let live = app
            .send(owner.post(
                &format!("/s/{id}/form/objectives/check"),
                &body_of(&fields, ""),
            ))
            .await;
        assert_eq!(live.status, StatusCode::OK, "{}", live.body);
        let live: serde_json::Value = serde_json::from_str(&live.body).unwrap();
        assert!(
            live["fields"]["f-objectives-0-deadline"][0][1]
                .as_str()
                .is_some_and(|message| message.contains("2027-02-30")),
            "{live}"
        );
        let reply = app
            .send(owner.post(
                &format!("/s/{id}/form/objectives"),
                &body_of(&fields, "save"),
            ))
            .await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{backend:?}"
        );
        assert!(reply.body.contains("id=\"form-errors\""));
        assert!(
            reply.body.contains("href=\"#f-objectives-0-deadline\""),
            "{}",
            reply.body
        );
        assert!(
            reply.body.contains("value=\"2027-02-30\""),
            "the wrong value is kept to correct"
        );
        assert_eq!(app.strategy_as("owner@a.test", id).await.current_version, 1);

        // A right value: a new version with it.
        for field in fields.iter_mut() {
            if field.0 == "objectives.0.deadline" {
                field.1 = "2027-09-30".to_owned();
            }
            if field.0 == "objectives.0.target" {
                field.1 = "+30 %".to_owned();
            }
        }
        let reply = app
            .send(owner.post(
                &format!("/s/{id}/form/objectives"),
                &body_of(&fields, "save"),
            ))
            .await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{backend:?}: {}",
            reply.body
        );
        let version = app.version_row("owner@a.test", id, 2).await;
        assert!(
            version.toml.contains("deadline = 2027-09-30"),
            "{}",
            version.toml
        );
        assert!(
            version.toml.contains("target = \"+30 %\""),
            "{}",
            version.toml
        );

        // Adding a persona shows it, unsaved; nothing stored until the form is saved.
        let page = app.send(owner.get(&format!("/s/{id}/form/target"))).await;
        let fields = form_fields(&page.body);
        let reply = app
            .send(owner.post(
                &format!("/s/{id}/form/target"),
                &body_of(&fields, "add:personas"),
            ))
            .await;
        assert_eq!(reply.status, StatusCode::OK);
        assert!(
            reply.body.contains("value=\"persona-1\""),
            "the new persona has an id"
        );
        assert_eq!(app.strategy_as("owner@a.test", id).await.current_version, 2);
        let fields = form_fields(&reply.body);
        let reply = app
            .send(owner.post(&format!("/s/{id}/form/target"), &body_of(&fields, "save")))
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
        let version = app.version_row("owner@a.test", id, 3).await;
        assert!(version.toml.contains("id = \"persona-1\""));
        let diff = app
            .send(owner.get(&format!("/s/{id}/diff?from=2&to=3")))
            .await;
        assert!(diff.body.contains("persona-1"), "{}", diff.body);
    }
}

#[tokio::test]
async fn a_list_of_fixed_values_is_a_row_of_checkboxes_in_the_models_order() {
    let world = world(crate::support::Backend::Sqlite).await;
    let app = &world.app;
    let owner = &world.owner;
    let id = &world.strategy;
    let form = || app.send(owner.get(&format!("/s/{id}/form/strategy")));
    let page = form().await;
    assert_eq!(page.status, StatusCode::OK);
    // The posting days of the first always-on presence: seven boxes, named by their day.
    assert_eq!(
        page.body
            .matches("type=\"checkbox\" name=\"always_on.0.days\"")
            .count(),
        7,
        "{}",
        page.body
    );
    assert!(page.body.contains("> lundi</label>") || page.body.contains("> Monday</label>"));
    // Newly ticked, whatever the order posted: stored in the week's order.
    let mut fields: Vec<(String, String)> = form_fields(&page.body)
        .into_iter()
        .filter(|(name, _)| name != "always_on.0.days")
        .collect();
    fields.push(("always_on.0.days".to_owned(), "wed".to_owned()));
    fields.push(("always_on.0.days".to_owned(), "mon".to_owned()));
    let reply = app
        .send(owner.post(&format!("/s/{id}/form/strategy"), &body_of(&fields, "save")))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let stored = app.version_text("owner@a.test", id, 2).await;
    assert!(stored.contains("days = [\"mon\", \"wed\"]"), "{stored}");
    // The form shows them ticked, and only them.
    let page = form().await;
    let ticked: Vec<(String, String)> = form_fields(&page.body)
        .into_iter()
        .filter(|(name, _)| name == "always_on.0.days")
        .collect();
    assert_eq!(
        ticked,
        [
            ("always_on.0.days".to_owned(), "mon".to_owned()),
            ("always_on.0.days".to_owned(), "wed".to_owned())
        ]
    );
    // None ticked: the field is left out, and the network's default days apply again.
    let fields: Vec<(String, String)> = form_fields(&page.body)
        .into_iter()
        .filter(|(name, _)| name != "always_on.0.days")
        .collect();
    let reply = app
        .send(owner.post(&format!("/s/{id}/form/strategy"), &body_of(&fields, "save")))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let stored = app.version_text("owner@a.test", id, 3).await;
    assert!(!stored.contains("days ="), "{stored}");
}
