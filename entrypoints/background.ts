import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Badge, context menu and commands arrive with the browser-surfaces work.
});
