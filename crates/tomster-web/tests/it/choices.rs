//! The guided forms offer choices instead of asking for codes: networks, personas, pillars,
//! objectives and KPIs by their names, shares as percentages refused out of range before
//! anything is saved, rows added to an empty section, and the file's comments kept when a
//! form saves.

use axum::http::StatusCode;

use crate::support::{Backend, encode, world};

/// The value posted for each field of a form page, as a browser posts it.
fn fields_of(body: &str) -> Vec<(String, String)> {
    crate::editor::form_fields(body)
}

fn body(fields: &[(String, String)], action: &str) -> String {
    crate::editor::body_of(fields, action)
}

#[tokio::test]
async fn references_are_chosen_by_name_not_typed_as_codes() {
    let world = world(Backend::Sqlite).await;
    let app = &world.app;
    let owner = &world.owner;
    let id = &world.strategy;
    let page = |step: &'static str| app.send(owner.get(&format!("/s/{id}/form/{step}")));
    // Networks by name, the current one chosen.
    let strategy = page("strategy").await.body;
    assert!(
        strategy.contains("<select id=\"f-always_on-0-platform\""),
        "a select of networks"
    );
    assert!(strategy.contains("<option value=\"instagram\" selected>Instagram</option>"));
    assert!(strategy.contains(">Google Business Profile</option>"));
    // Formats and pillars: a number for each, by name, the pillars in percent.
    assert!(strategy.contains("name=\"always_on.0.formats[short_video]\""));
    assert!(strategy.contains("name=\"always_on.0.pillars[coulisses]\" value=\"50\""));
    // The region: a choice of named regions, the strategy's country (France) first.
    let target = page("target").await.body;
    let select = target
        .split("<select id=\"f-strategy-region\"")
        .nth(1)
        .and_then(|rest| rest.split("</select>").next())
        .expect("a select of regions");
    let france = select
        .find("<optgroup label=\"France\"")
        .expect("France's regions");
    let kingdom = select
        .find("<optgroup label=\"United Kingdom\"")
        .expect("the United Kingdom's nations");
    assert!(france < kingdom, "{select}");
    assert!(
        select.contains("<option value=\"GB-SCT\">Scotland</option>"),
        "{select}"
    );
    assert!(select.contains("<option value=\"FR-NAQ\">Nouvelle-Aquitaine</option>"));
    // Personas and pillars of a message by name.
    let message = page("message").await.body;
    assert!(message.contains(">Julie, jeune maman du quartier</option>"));
    assert!(message.contains(
        "name=\"messages.0.pillars\" value=\"coulisses\" checked> Les coulisses du fournil"
    ));
    // An objective's KPI: those suggested for its kind first, then the whole catalogue by
    // kind, with a link to what each measures.
    let objectives = page("objectives").await.body;
    let select = objectives
        .split("<select id=\"f-objectives-0-kpi\"")
        .nth(1)
        .and_then(|rest| rest.split("</select>").next())
        .expect("a select of KPIs");
    let first_group = select.find("<optgroup").unwrap();
    assert!(
        select[first_group..].starts_with("<optgroup label=\"Suggested for Awareness\""),
        "{select}"
    );
    assert!(select.contains("<option value=\"reach\" selected>"));
    assert!(objectives.contains("href=\"/kpis\""));
    let catalogue = app.send(owner.get("/kpis")).await;
    assert_eq!(catalogue.status, StatusCode::OK);
    assert!(catalogue.body.contains("id=\"kpi-reach\""));
    // Yes and no, and the catalogue's tools offered by name.
    let technologies = page("technologies").await.body;
    assert!(technologies.contains(">Yes</option>") && technologies.contains(">No</option>"));
    assert!(technologies.contains("<option value=\"Canva\"></option>"));
    // Every field says what to enter.
    assert!(
        strategy.contains("id=\"f-always_on-0-posts_per_week-help\""),
        "a help text under the field"
    );
    // No code in a label: the old "0.4 = 40 %" is gone.
    assert!(!message.contains("0.4 = 40"));
}

#[tokio::test]
async fn shares_are_percentages_refused_out_of_range_before_saving() {
    let world = world(Backend::Sqlite).await;
    let app = &world.app;
    let owner = &world.owner;
    let id = &world.strategy;
    let page = app.send(owner.get(&format!("/s/{id}/form/message"))).await;
    let mut fields = fields_of(&page.body);
    let share = |fields: &mut Vec<(String, String)>, value: &str| {
        for field in fields.iter_mut() {
            if field.0 == "pillars.0.share" {
                field.1 = value.to_owned();
            }
        }
    };
    assert!(fields.contains(&("pillars.0.share".to_owned(), "40".to_owned())));
    // 4000 % (a share typed as 40 with two zeros too many): refused on its field, nothing
    // saved, the sentence says what to enter.
    share(&mut fields, "4000");
    let reply = app
        .send(owner.post(&format!("/s/{id}/form/message"), &body(&fields, "save")))
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply.body.contains("Enter a percentage from 0 to 100"),
        "{}",
        reply.body
    );
    assert!(reply.body.contains("href=\"#f-pillars-0-share\""));
    assert_eq!(app.strategy_as("owner@a.test", id).await.current_version, 1);
    // While typing, the live check says so on the field.
    let live = app
        .send(owner.post(&format!("/s/{id}/form/message/check"), &body(&fields, "")))
        .await;
    assert!(live.body.contains("f-pillars-0-share"), "{}", live.body);
    // 45 (French decimals too: 45,5) is stored as the model's share.
    share(&mut fields, "45,5");
    let reply = app
        .send(owner.post(&format!("/s/{id}/form/message"), &body(&fields, "save")))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let stored = app.version_text("owner@a.test", id, 2).await;
    assert!(stored.contains("share = 0.455"), "{stored}");

    // A KPI's alert threshold, in words and in percent.
    let evaluate = app.send(owner.get(&format!("/s/{id}/form/evaluate"))).await;
    assert!(
        evaluate
            .body
            .contains("name=\"kpis.0.alert_below\" value=\"80\"")
    );
    assert!(evaluate.body.contains("pace needed to reach the target"));
}

#[tokio::test]
async fn rows_are_added_to_an_empty_section_and_the_file_s_comments_stay() {
    let world = world(Backend::Sqlite).await;
    let app = &world.app;
    let owner = &world.owner;
    // A strategy from scratch: no resources yet.
    let reply = app
        .send(owner.post(
            "/w/agency/strategies",
            &format!("csrf={}&example=&name=From+scratch", owner.csrf),
        ))
        .await;
    let id = reply
        .location()
        .unwrap()
        .trim_start_matches("/s/")
        .to_owned();
    let page = app
        .send(owner.get(&format!("/s/{id}/form/resources")))
        .await;
    let fields = fields_of(&page.body);
    let reply = app
        .send(owner.post(
            &format!("/s/{id}/form/resources"),
            &body(&fields, "add:resources.team"),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(
        reply.body.contains("name=\"resources.team.0.name\""),
        "a member to fill in"
    );
    let mut fields = fields_of(&reply.body);
    for field in fields.iter_mut() {
        if field.0 == "resources.team.0.name" {
            field.1 = "Camille".to_owned();
        }
        if field.0 == "resources.team.0.hours_per_week" {
            field.1 = "6".to_owned();
        }
    }
    let reply = app
        .send(owner.post(&format!("/s/{id}/form/resources"), &body(&fields, "save")))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let stored = app.version_text("owner@a.test", &id, 2).await;
    assert!(stored.contains("name = \"Camille\""), "{stored}");

    // A comment written in the file editor survives a guided form's save.
    let commented = format!("# Agreed with Camille on 3 March.\n{stored}");
    let reply = app
        .send(owner.post(
            &format!("/s/{id}/edit"),
            &format!("csrf={}&base=2&source={}", owner.csrf, encode(&commented)),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let page = app
        .send(owner.get(&format!("/s/{id}/form/resources")))
        .await;
    let mut fields = fields_of(&page.body);
    for field in fields.iter_mut() {
        if field.0 == "resources.team.0.hours_per_week" {
            field.1 = "8".to_owned();
        }
    }
    let reply = app
        .send(owner.post(&format!("/s/{id}/form/resources"), &body(&fields, "save")))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let saved = app.version_text("owner@a.test", &id, 4).await;
    assert!(
        saved.contains("# Agreed with Camille on 3 March."),
        "{saved}"
    );
    assert!(saved.contains("hours_per_week = 8"), "{saved}");
}
