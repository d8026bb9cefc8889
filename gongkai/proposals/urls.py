"""Back-office pages of replies to deputies' suggestions and members' proposals."""

app_name = "proposals"

urlpatterns: list = []
