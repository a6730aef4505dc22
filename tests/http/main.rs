//! Black-box tests through HTTP, against the embedded shape and the production shape.

mod accounts;
mod api;
mod backpack;
mod bad_input;
mod catalog_cache;
mod credentials;
mod data_rights;
mod demo;
mod enrolling;
mod external;
mod guardians;
mod hardening;
mod isolation;
mod languages;
mod localized_errors;
mod mail_lists;
mod nodes;
mod pages;
mod saved;
mod search;
mod sharing;
mod smtp;
mod translated_pages;
