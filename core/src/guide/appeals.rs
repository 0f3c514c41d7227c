//! Where and how to complain: the route from the body that decided to
//! Ankestyrelsen, the Ombudsmand and the courts, and what happens meanwhile.

use super::{Benefit, Validity};
use crate::cited::Citation;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// An authority or court (`[[body]]` in `rules/dk/klageveje.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Body {
    pub id: String,
    #[serde(flatten)]
    pub citation: Citation,
}

/// One step of a complaint route.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RouteStep {
    pub body: String,
    pub action: String,
    /// The citizen's deadline at this step (a `frist` id in `rules/dk/frister.toml`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citizen_deadline: Option<String>,
    /// The authority's own deadline at this step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority_deadline: Option<String>,
    #[serde(flatten)]
    pub citation: Citation,
}

/// The route for one kind of decision (`[[route]]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Route {
    pub benefit: Benefit,
    pub decided_by: String,
    #[serde(flatten)]
    pub validity: Validity,
    #[serde(flatten)]
    pub citation: Citation,
    pub step: Vec<RouteStep>,
}

/// A fact about the time while a complaint is handled (`[[meanwhile]]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meanwhile {
    pub id: String,
    pub applies_to: Vec<String>,
    #[serde(flatten)]
    pub validity: Validity,
    #[serde(flatten)]
    pub citation: Citation,
}

/// Ankestyrelsen's omgørelsesprocent for a law area and year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReversalRate {
    pub area: String,
    pub year: i32,
    pub percent: f64,
    #[serde(flatten)]
    pub citation: Citation,
}

/// A published processing time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcessingTime {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weeks: Option<u32>,
    #[serde(flatten)]
    pub citation: Citation,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct AppealRules {
    pub bodies: Vec<Body>,
    pub routes: Vec<Route>,
    pub meanwhile: Vec<Meanwhile>,
    pub reversal_rates: Vec<ReversalRate>,
    pub processing_times: Vec<ProcessingTime>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum AppealError {
    #[error("no complaint route for {benefit} decided by {decided_by} on {date}; known: {}", known.join(", "))]
    NoRoute { benefit: String, decided_by: String, date: NaiveDate, known: Vec<String> },
}

/// The route with the facts that go with it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AppealGuide<'r> {
    pub route: &'r Route,
    pub meanwhile: Vec<&'r Meanwhile>,
    pub reversal_rates: Vec<&'r ReversalRate>,
    pub processing_times: &'r [ProcessingTime],
}

/// Law area of Ankestyrelsen's statistics for a benefit.
fn statistics_area(b: Benefit) -> Option<&'static str> {
    match b {
        Benefit::Kontanthjaelp => Some("aktivloven"),
        Benefit::Sygedagpenge | Benefit::Jobafklaring => Some("sygedagpengeloven"),
        Benefit::Fleksjob | Benefit::Ledighedsydelse | Benefit::Ressourceforloeb => Some("lab"),
        Benefit::Foertidspension => Some("social-pension"),
        Benefit::Dagpenge | Benefit::None => None,
    }
}

impl AppealRules {
    /// "benefit/decided_by" pairs with a route on `date`, for error messages.
    pub fn known_routes(&self, date: NaiveDate) -> Vec<String> {
        self.routes
            .iter()
            .filter(|r| r.validity.in_force(date))
            .map(|r| format!("{}/{}", r.benefit.id(), r.decided_by))
            .collect()
    }

    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|b| b.id == id)
    }

    /// The route for a decision about `benefit` made by `decided_by`, in force on `date`.
    pub fn guide(&self, benefit: Benefit, decided_by: &str, date: NaiveDate) -> Result<AppealGuide<'_>, AppealError> {
        let route = self
            .routes
            .iter()
            .find(|r| r.benefit == benefit && r.decided_by == decided_by && r.validity.in_force(date))
            .ok_or_else(|| AppealError::NoRoute {
                benefit: benefit.id().into(),
                decided_by: decided_by.into(),
                date,
                known: self.known_routes(date),
            })?;
        let meanwhile = self
            .meanwhile
            .iter()
            .filter(|m| m.validity.in_force(date))
            .filter(|m| m.applies_to.iter().any(|a| a == "all" || a == benefit.id()))
            .collect();
        let area = statistics_area(benefit);
        let reversal_rates = self
            .reversal_rates
            .iter()
            .filter(|r| Some(r.area.as_str()) == area || r.area == "all-kommunale")
            .collect();
        Ok(AppealGuide { route, meanwhile, reversal_rates, processing_times: &self.processing_times })
    }
}
