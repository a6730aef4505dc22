//! CityBadges benchmarks: the city-scale data generator (the demo city's model and content,
//! scaled to Chicago City of Learning's published size and beyond) and, later, load drivers.

pub mod awards;
pub mod generate;
pub mod load;
pub mod search;
