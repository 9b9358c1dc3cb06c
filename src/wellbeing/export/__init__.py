"""Ways to take your data out of the app: PDFs (the plan, a wallet card, summaries)."""
