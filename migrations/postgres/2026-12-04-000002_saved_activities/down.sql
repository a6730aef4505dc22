DROP TABLE saved_activities;
