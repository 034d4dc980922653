"""Full-screen terminal interfaces (Textual); imported only when one is opened."""
