/** Jest stand-in for CSS imports: styles only matter to the bundler. */
module.exports = {};
