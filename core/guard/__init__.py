"""Community guard: impersonators, scam links and fake support in the public group (platform-free)."""
