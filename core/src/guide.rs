//! The navigator's guide: status (target group), rights and duties, the reform
//! timeline, complaint routes and the procedure check. All of it is data in
//! `rules/dk/*.toml`; this module only selects what applies to a person on a date.

pub mod appeals;
pub mod procedure;
pub mod status;

use serde::{Deserialize, Serialize};

pub use crate::cited::Validity;

/// The benefit a person receives (or none). ASCII ids as in the CLI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Benefit {
    Kontanthjaelp,
    Dagpenge,
    Sygedagpenge,
    Ledighedsydelse,
    Fleksjob,
    Foertidspension,
    Jobafklaring,
    Ressourceforloeb,
    None,
}

impl Benefit {
    pub const ALL: [Benefit; 9] = [
        Self::Kontanthjaelp,
        Self::Dagpenge,
        Self::Sygedagpenge,
        Self::Ledighedsydelse,
        Self::Fleksjob,
        Self::Foertidspension,
        Self::Jobafklaring,
        Self::Ressourceforloeb,
        Self::None,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Self::Kontanthjaelp => "kontanthjaelp",
            Self::Dagpenge => "dagpenge",
            Self::Sygedagpenge => "sygedagpenge",
            Self::Ledighedsydelse => "ledighedsydelse",
            Self::Fleksjob => "fleksjob",
            Self::Foertidspension => "foertidspension",
            Self::Jobafklaring => "jobafklaring",
            Self::Ressourceforloeb => "ressourceforloeb",
            Self::None => "none",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.id() == id)
    }
}
