"""People: profiles, passwords, signing in and signatures."""
