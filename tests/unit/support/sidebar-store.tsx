/**
 * Renders a component that takes `state` and `dispatch` with a live reducer behind them, the way
 * the mount's store drives it, so component tests click through real navigation.
 */
import { act, render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { useReducer } from 'preact/hooks';
import {
  INITIAL_SIDEBAR_STATE,
  sidebarReducer,
  type SidebarAction,
  type SidebarState,
} from '@/core/sidebar-state';

type View = (state: SidebarState, dispatch: (action: SidebarAction) => void) => ComponentChild;

/** The state after `actions`, from the initial state. */
export function stateAfter(...actions: SidebarAction[]): SidebarState {
  return actions.reduce(sidebarReducer, INITIAL_SIDEBAR_STATE);
}

/**
 * Renders `view` over a reducer that starts from `initial`. `dispatch` acts from outside (as
 * the mount does); `rerender` swaps the view (new props) and keeps the state.
 */
export function renderWithStore(view: View, initial: SidebarState = INITIAL_SIDEBAR_STATE) {
  let dispatchNow: (action: SidebarAction) => void = () => undefined;
  function Harness({ view: current }: { view: View }) {
    const [state, dispatch] = useReducer(sidebarReducer, initial);
    dispatchNow = dispatch;
    return <>{current(state, dispatch)}</>;
  }
  const result = render(<Harness view={view} />);
  return {
    ...result,
    dispatch: (action: SidebarAction) => act(() => dispatchNow(action)),
    rerender: (next: View) => result.rerender(<Harness view={next} />),
  };
}
