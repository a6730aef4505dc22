//! A sentence for a person, kept as its message id and arguments until it is shown, so the same
//! error reads in the language of whoever sees it.

use crate::{text_with, Locale};
use fluent_templates::fluent_bundle::FluentValue;
use std::fmt;

/// One argument of a message: text, a number (numbers choose plural forms), or another message
/// shown in the same language (`item { $item }: { $message }`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    Msg(Box<Msg>),
}

impl Arg {
    pub(crate) fn to_fluent(&self, locale: Locale) -> FluentValue<'static> {
        match self {
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Msg(m) => FluentValue::from(m.show(locale)),
        }
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(Box::new(m))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as i64)
            }
        }
    )*};
}
number_args!(i32, i64, u32, u64, usize, u16);

/// A message id with its arguments: `Msg::new("error-too-long").with("max", 200)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The sentence in `locale`.
    pub fn show(&self, locale: Locale) -> String {
        text_with(locale, self.id, &self.args)
    }
}

/// English: logs, and anything shown before a reader's language is known.
impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.show(Locale::En))
    }
}
