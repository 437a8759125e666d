// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// The config is project-wide (babel.config.js), so it also applies to @linli/shared outside this folder.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
