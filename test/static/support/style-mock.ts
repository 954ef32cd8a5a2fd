// Atlaskit components import their compiled CSS; tests read text and roles, not styles.
export default {};
