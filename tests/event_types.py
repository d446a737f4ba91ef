"""Short names of ACLED's six event types, shared by the tables of invented sentences."""

B, E, V, P, R, S = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)
#: The event types that are violence (Protests and Strategic developments are not).
VIOLENT = (B, E, V, R)
