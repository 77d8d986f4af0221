"""The Qt desktop application. Calls services; never builds queries itself."""
